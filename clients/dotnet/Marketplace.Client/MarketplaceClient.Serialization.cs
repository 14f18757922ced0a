using System.Text.Json;
using System.Text.Json.Serialization;

namespace VibeLux.Marketplace.Client;

public partial class MarketplaceClient
{
    // Error answers keep their body as text too, so MarketplaceProblem.From can read the problem's code and traceId.
    partial void Initialize() => ReadResponseAsString = true;

    // An optional field the caller leaves unset is left out of the request rather than sent as null: the document
    // declares most optional request objects without `nullable`, so a validating proxy would refuse the null.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
}
