using Marketplace.Api.Configuration;
using Microsoft.OpenApi;

namespace Marketplace.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddMarketplaceOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "VibeLux Marketplace API",
                Version = "v1",
                Description = ApiDescription.Text,
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A VibeLux access token, sent as `Authorization: Bearer <token>`.",
            });
            options.CustomSchemaIds(type => SchemaIds.For(type));
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.IncludeMarketplaceXmlComments();
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<QueryParameterFilter>();
            options.OperationFilter<JsonBodyMediaTypeFilter>();
            options.OperationFilter<DatabaseUnavailableResponseFilter>();
            options.SchemaFilter<OrderNotesSchemaFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.SchemaFilter<RequestExamplesFilter>();
            options.DocumentFilter<ServersDocumentFilter>();
            options.OperationFilter<HeadersOperationFilter>();
            options.OperationFilter<StatusesOperationFilter>();
            options.OperationFilter<ClosedSetsFilter>();
            options.SchemaFilter<ClosedSetsFilter>();
            options.OperationFilter<WebhookOperationFilter>();
            // After the webhook filter, which declares the body this example goes on.
            options.OperationFilter<VibeLuxEventExampleFilter>();
            options.DocumentFilter<RequiredPropertiesDocumentFilter>();
            options.DocumentFilter<ProblemSchemasDocumentFilter>();
            options.DocumentFilter<ProblemDescriptionsFilter>();
            options.DocumentFilter<DocumentTextsFilter>();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
        });
        return services;
    }
}

internal static class SchemaIds
{
    /// <summary>Request records are named for what they are on the wire (<c>UpsertGrowerProfileRequest</c>), not for the pattern behind them.</summary>
    public static string For(Type type)
    {
        var name = type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(For)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
            : type.Name;
        return name.EndsWith("Command", StringComparison.Ordinal) ? name[..^"Command".Length] + "Request" : name;
    }
}
