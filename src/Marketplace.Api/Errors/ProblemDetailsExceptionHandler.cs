using Microsoft.AspNetCore.Diagnostics;

namespace Marketplace.Api.Errors;

/// <summary>The one place exceptions become HTTP problems (<see cref="ProblemMapping"/>). Anything not coded is a bug and a 500.</summary>
internal sealed class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ProblemMapping.For(exception);
        ErrorStatuses.AddHeaders(context.Response, problem.Code);
        if (problem.Code == ErrorStatuses.DatabaseUnavailable)
            logger.LogWarning(exception, "The database refused {Method} {Path}", context.Request.Method, context.Request.Path);
        else if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        await ProblemResponses.WriteAsync(context, problem.Status, problem.Code, problem.Detail, problem.Errors);
        return true;
    }
}
