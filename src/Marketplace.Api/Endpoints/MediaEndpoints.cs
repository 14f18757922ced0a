using Marketplace.Infrastructure.Storage;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.Endpoints;

/// <summary>Serves files of the FileSystem storage at <c>/media/{key}</c>. Keys never change content, so they cache for a year.</summary>
internal static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<FileSystemStorage>() is null) return; // S3 serves its own objects
        app.MapGet("/media/{**key}", (string key, FileSystemStorage storage, HttpContext http) =>
            {
                if (storage.PathFor(key) is not { } path || !File.Exists(path)) return Results.NotFound();
                http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                // Browsers must take the stored type as given, never guess one (a "photo" that sniffs as HTML).
                http.Response.Headers.XContentTypeOptions = "nosniff";
                var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
                return Results.File(path, contentType, lastModified: File.GetLastWriteTimeUtc(path),
                    entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(path)}\""), enableRangeProcessing: true);
            })
            .AllowAnonymous().ExcludeFromDescription();
    }
}
