using Marketplace.Application;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>Documents the error responses an operation can give, each as a ProblemDetails.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>Operation id = use-case name, plus the summary and description every operation carries.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string useCase, string summary, string description) =>
        builder.WithName(useCase).WithSummary(summary).WithDescription(description);

    public static void SetETag(this HttpContext context, int version) =>
        context.Response.Headers.ETag = Application.Common.ETags.For(version);
}

/// <summary>Where a created resource lives, under the current base path.</summary>
internal sealed class ResourceLocations(Microsoft.Extensions.Options.IOptions<Configuration.FeatureOptions> features)
{
    public string Listing(Guid id) => $"{features.Value.BasePath}/listings/{id}";

    public string Order(Guid id) => $"{features.Value.BasePath}/orders/{id}";

    public string OrderGroup(Guid id) => $"{features.Value.BasePath}/order-groups/{id}";

    public string Me() => $"{features.Value.BasePath}/users/me";
}
