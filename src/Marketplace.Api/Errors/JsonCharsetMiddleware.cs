using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.Errors;

/// <summary>
/// JSON bodies are UTF-8 (RFC 8259 §8.1). A JSON body declaring another or an unknown charset, or a Content-Type
/// that does not parse, is refused here with 415: left to the framework, an unknown charset throws while the body is
/// read and would surface as a 500. UTF-8 is accepted in any case and quoted (<c>charset="utf-8"</c>), which the
/// framework itself cannot read, so the header is handed on in its plain form.
/// </summary>
internal sealed class JsonCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var readsNoBody = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        if (readsNoBody || string.IsNullOrEmpty(request.ContentType)) return next(context);

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)) return RefuseAsync(context);
        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charsets = mediaType.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!isJson || charsets.Count == 0) return next(context);
        if (charsets.Count > 1) return RefuseAsync(context);
        var charset = charsets[0];

        var value = HeaderUtilities.RemoveQuotes(charset.Value);
        if (!value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !value.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return RefuseAsync(context);
        request.ContentType = $"{mediaType.MediaType}; charset=utf-8";
        return next(context);
    }

    private static Task RefuseAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, Domain.Common.ErrorKind.UnsupportedMediaType, "unsupported_media_type",
            "Send JSON bodies as application/json in UTF-8 (charset=utf-8 or no charset).", null);
}
