using System.Globalization;
using System.Net;
using Marketplace.Domain.Orders;

namespace Marketplace.Application.Notifications;

/// <summary>Subject, plain text and HTML for each notification, filled with the order's real figures.</summary>
internal static class EmailTemplates
{
    public static string Money(long minorUnits, string currency)
    {
        // The currency's own exponent: 2450 is $24.50 but 2,450 JPY.
        var digits = Currencies.MinorUnitDigits(currency);
        var amount = (minorUnits / (decimal)Math.Pow(10, digits)).ToString("N" + digits, CultureInfo.InvariantCulture);
        return currency == "USD" ? $"${amount}" : $"{amount} {currency}";
    }

    public static EmailMessage Build(string to, string? name, string subject, string heading, IReadOnlyList<string> lines, string? link = null)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";
        var text = string.Join("\n", new[] { greeting, "", heading, "" }.Concat(lines).Concat(link is null ? [] : ["", link]))
            + "\n\n— VibeLux Marketplace\n";
        var html = $"<html><body><p>{Encode(greeting)}</p><h2>{Encode(heading)}</h2><ul>"
            + string.Concat(lines.Select(l => $"<li>{Encode(l)}</li>"))
            + "</ul>" + (link is null ? "" : $"<p><a href=\"{Encode(link)}\">{Encode(link)}</a></p>")
            + "<p>— VibeLux Marketplace</p></body></html>";
        return new EmailMessage(to, name, subject, text, html);
    }

    public static List<string> OrderLines(Order order) =>
    [
        .. order.Lines.Select(l => $"{l.Quantity.ToString("0.###", CultureInfo.InvariantCulture)} × {l.Title}: {Money(l.LineTotal, order.Currency)}"),
        $"Delivery: {Money(order.DeliveryFee, order.Currency)}",
        $"Total: {Money(order.Total, order.Currency)}",
    ];

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
