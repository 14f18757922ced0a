using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marketplace.Infrastructure.Storage;

public static class StorageSetup
{
    /// <summary><c>Marketplace:Storage</c>: listing images on the file system or in S3, sanitised first.</summary>
    public static StorageOptions AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = services.BindOptions<StorageOptions, StorageOptionsValidator>(configuration, StorageOptions.Section);
        services.AddSingleton<IImageSanitizer, Images.ImageSharpSanitizer>();
        if (storage.IsS3)
        {
            services.AddSingleton<IFileStorage>(sp => new S3Storage(storage.S3, sp.GetRequiredService<TimeProvider>()));
            return storage;
        }
        var root = storage.FileSystem.RootPath ?? Path.Combine(environment.ContentRootPath, "App_Data", "media");
        services.AddSingleton(new FileSystemStorage(root));
        services.AddSingleton<IFileStorage>(sp => sp.GetRequiredService<FileSystemStorage>());
        return storage;
    }
}

internal sealed class StorageOptionsValidator : OptionsValidator<StorageOptions>
{
    protected override IEnumerable<string> Failures(StorageOptions o)
    {
        if (!IsDefined(o.Provider)) yield return "Marketplace:Storage:Provider must be 'FileSystem' or 'S3'.";
        if (o.IsS3 && string.IsNullOrWhiteSpace(o.S3.Bucket))
            yield return "Marketplace:Storage:Provider is S3 but Marketplace:Storage:S3:Bucket is not set.";
    }
}
