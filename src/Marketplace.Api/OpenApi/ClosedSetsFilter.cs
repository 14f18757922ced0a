using System.Text.Json.Nodes;
using Marketplace.Application.Analytics;
using Marketplace.Application.Common.Events;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Orders;
using Marketplace.Application.Users;
using Marketplace.Domain.Common;
using Marketplace.Domain.Orders;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Closed sets the API keeps as strings (query parameters and a few response fields) are published as enums, with
/// the values taken from the code that checks or produces them, so generated clients get the exact spellings.
/// </summary>
internal sealed class ClosedSetsFilter : IOperationFilter, ISchemaFilter
{
    private static readonly Dictionary<(string Operation, string Parameter), IReadOnlyList<string>> Parameters = new()
    {
        [("ListOrders", "role")] = ListOrdersValidator.Sides,
        [("ListOrders", "status")] = EnumCode<OrderStatus>.All,
        [("ListOutbox", "status")] = EnumCode<OutboxStatus>.All,
        [("GetGrowerDashboard", "period")] = DashboardPeriods.Names,
        [("GetMarketplaceAnalytics", "period")] = DashboardPeriods.Names,
    };

    private static readonly Dictionary<(Type Type, string Property), IReadOnlyList<string>> Properties = new()
    {
        [(typeof(UserResponse), "roles")] = Roles.All,
        [(typeof(DashboardResponse), "period")] = DashboardPeriods.Names,
        [(typeof(MarketplaceAnalyticsResponse), "period")] = DashboardPeriods.Names,
        [(typeof(SeparationReadinessResponse), "recommendation")] = SeparationReadinessResponse.Recommendations,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (operation.OperationId is { } id && parameter.Name is { } name && Parameters.TryGetValue((id, name), out var values))
                Restrict(parameter.Schema, values);
    }

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            if (Properties.TryGetValue((context.Type, name), out var values)) Restrict(property, values);
    }

    private static void Restrict(IOpenApiSchema? schema, IReadOnlyList<string> values)
    {
        if (schema is not OpenApiSchema concrete) return;
        var target = concrete.Items as OpenApiSchema ?? concrete;
        target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
    }
}
