using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marketplace.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Marketplace.Infrastructure.Sms;

/// <summary>
/// Twilio's Messages API over REST: <c>POST /2010-04-01/Accounts/{Sid}/Messages.json</c>, form-encoded
/// <c>To</c>/<c>From</c>/<c>Body</c>, basic auth with the account SID and auth token. The Twilio library builds its URLs
/// from a fixed domain, so it could not be tested against a local server; the REST call is the documented contract.
/// </summary>
internal sealed class TwilioSmsSender(IHttpClientFactory httpClients, IOptions<SmsOptions> options) : ISmsSender
{
    public const string HttpClientName = "twilio";
    private const string DefaultHost = "https://api.twilio.com";

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        var host = string.IsNullOrWhiteSpace(twilio.Host) ? DefaultHost : twilio.Host.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{host}/2010-04-01/Accounts/{Uri.EscapeDataString(twilio.AccountSid!)}/Messages.json")
        {
            Content = new FormUrlEncodedContent([new("To", message.To), new("From", twilio.From!), new("Body", message.Body)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.AccountSid}:{twilio.AuthToken}")));
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode) return;

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        // A 4xx about the message itself (an invalid number, one that cannot receive texts) is final. Credentials (401, 403)
        // and throttling (429) are the marketplace's to fix or wait out, so those are tried again like a 5xx.
        if (response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError
            and not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden and not HttpStatusCode.TooManyRequests)
            throw new SmsRejectedException($"Twilio refused the text ({(int)response.StatusCode}{ErrorCode(body)}): {body}");
        throw new HttpRequestException($"Twilio did not take the text ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Twilio's own error code (21211 is an invalid 'To' number), when the answer carries one.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("code", out var code) ? $", error {code}" : "";
        }
        catch (JsonException)
        {
            return ""; // not JSON: the raw body is in the message already
        }
    }
}
