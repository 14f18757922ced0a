using System.Diagnostics;
using Marketplace.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Api.Errors;

/// <summary>Every error the API returns is an RFC 9457 problem with a stable <c>code</c> and the <c>traceId</c>.</summary>
public static class ProblemResponses
{
    private static readonly Dictionary<int, (string Title, string Section)> Statuses = new()
    {
        [400] = ("Bad request", "15.5.1"),
        [401] = ("Unauthorized", "15.5.2"),
        [403] = ("Forbidden", "15.5.4"),
        [404] = ("Not found", "15.5.5"),
        [405] = ("Method not allowed", "15.5.6"),
        [409] = ("Conflict", "15.5.10"),
        [412] = ("Precondition failed", "15.5.13"),
        [413] = ("Content too large", "15.5.14"),
        [415] = ("Unsupported media type", "15.5.16"),
        [422] = ("Unprocessable content", "15.5.21"),
        [429] = ("Too many requests", "6.1"),
        [500] = ("Internal server error", "15.6.1"),
        [503] = ("Service unavailable", "15.6.4"),
    };

    /// <summary>A problem of <paramref name="kind"/>, its status from <see cref="ErrorStatuses"/>.</summary>
    public static ProblemDetails Create(HttpContext context, ErrorKind kind, string code, string? detail,
        IDictionary<string, string[]>? errors = null) =>
        Create(context, ErrorStatuses.Of(kind), code, detail, errors);

    public static ProblemDetails Create(HttpContext context, int status, string code, string? detail,
        IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Detail = detail;
        problem.Instance = context.Request.Path;
        Decorate(problem, context, code);
        return problem;
    }

    /// <summary>Adds the fields every problem carries; also used for problems the framework writes itself.</summary>
    public static void Decorate(ProblemDetails problem, HttpContext context, string? code = null)
    {
        // The framework's own problems (an unknown route, a wrong method) get the same type link and title as ours.
        var status = problem.Status ?? context.Response.StatusCode;
        var known = Statuses.TryGetValue(status, out var s) ? s : ("Error", "15");
        problem.Title = known.Item1;
        problem.Type = status == 429
            ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
            : $"https://www.rfc-editor.org/rfc/rfc9110#section-{known.Item2}";
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        if (code is not null || !problem.Extensions.ContainsKey("code"))
            problem.Extensions["code"] = code ?? DefaultCode(problem.Status ?? context.Response.StatusCode);
        problem.Instance ??= context.Request.Path;
    }

    /// <summary>Writes a problem of <paramref name="kind"/>, its status from <see cref="ErrorStatuses"/>.</summary>
    public static Task WriteAsync(HttpContext context, ErrorKind kind, string code, string detail,
        IDictionary<string, string[]>? errors = null) =>
        WriteAsync(context, ErrorStatuses.Of(kind), code, detail, errors);

    public static async Task WriteAsync(HttpContext context, int status, string code, string detail,
        IDictionary<string, string[]>? errors = null)
    {
        var problem = Create(context, status, code, detail, errors);
        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>The code of a problem the framework writes with a status and no code of ours.</summary>
    internal static string DefaultCode(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        412 => "precondition_failed",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        _ => status >= 500 ? "internal_error" : "error",
    };
}
