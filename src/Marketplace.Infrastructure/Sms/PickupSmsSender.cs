using System.Globalization;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Sms;

/// <summary>The local default: each text becomes one .txt file (recipient, then the body) in the pickup folder. Nothing leaves the machine.</summary>
internal sealed class PickupSmsSender(string directory, TimeProvider clock) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.txt";
        await File.WriteAllTextAsync(Path.Combine(directory, name), $"To: {message.To}\n\n{message.Body}\n", cancellationToken);
    }
}
