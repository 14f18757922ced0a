using System.Reflection;
using Marketplace.Api.Configuration;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Marketplace.Api.OpenApi;

/// <summary>
/// Swagger UI at <c>/swagger</c>: the token survives a reload and schemas open one level. Where <c>/dev/token</c> is
/// mapped (Development), the UI also gets one-click "Sign in as demo grower / demo buyer / admin" buttons; elsewhere
/// neither the script nor any mention of it exists.
/// </summary>
internal static class SwaggerUiSetup
{
    public const string SignInScriptPath = "/swagger/dev-sign-in.js";

    public static WebApplication UseMarketplaceSwaggerUi(this WebApplication app, HostSettings host)
    {
        var devSignIn = host.DevelopmentRoutes;
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/swagger/v1/swagger.json", "VibeLux Marketplace v1");
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "VibeLux Marketplace API";
            ui.EnablePersistAuthorization();
            ui.DefaultModelExpandDepth(1);
            ui.DefaultModelsExpandDepth(1);
            ui.DisplayOperationId();
            ui.EnableTryItOutByDefault();
            if (devSignIn) ui.InjectJavascript(SignInScriptPath);
        });
        if (devSignIn) app.MapSignInScript(host.BasePath);
        return app;
    }

    private static void MapSignInScript(this WebApplication app, string basePath)
    {
        var script = ReadScript().Replace("__BASE_PATH__", basePath, StringComparison.Ordinal);
        app.MapGet(SignInScriptPath, () => Results.Text(script, "text/javascript"))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marketplace.Api.OpenApi.dev-sign-in.js")
            ?? throw new InvalidOperationException("The embedded Swagger UI sign-in script is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
