using System.ComponentModel;
using Marketplace.Application.Orders;
using Marketplace.Application.Payments;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class PaymentsEndpoints
{
    /// <summary>Connected accounts for growers' payouts (Stripe Connect Express; simulated locally).</summary>
    public static void MapConnect(this RouteGroupBuilder api)
    {
        var connect = api.MapGroup("/payments/connect").WithTags("Payments").RequireAuthorization();
        connect.MapPost("/onboarding", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new StartConnectOnboardingCommand(), ct)))
            .Describe("StartConnectOnboarding", "Start payout onboarding",
                "Grower with a grower profile. Creates the grower's connected account on the first call (an Express account " +
                "with Stripe; later calls reuse it) and returns a fresh onboarding link to send the grower to. With Stripe, " +
                "orders for a grower whose account cannot take charges yet are refused (409 `grower_cannot_accept_payments`).")
            .Produces<ConnectOnboardingResponse>().ProducesProblems(401, 403, 409, 503);
        connect.MapGet("/status", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetConnectStatusCommand(), ct)))
            .Describe("GetConnectStatus", "Payout account status",
                "Grower. Whether the connected account can take charges and receive payouts, read from the provider " +
                "(`accountId` is null before onboarding starts). `account.updated` webhooks keep the stored copy current.")
            .Produces<ConnectStatusResponse>().ProducesProblems(401, 403, 503);
    }

    /// <summary>Mapped only with the Stripe provider.</summary>
    public static void MapStripeWebhook(this RouteGroupBuilder api)
    {
        api.MapPost("/webhooks/stripe", async (HttpRequest request, IPaymentWebhooks webhooks, ISender sender, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var paymentEvent = webhooks.Verify(payload, request.Headers["Stripe-Signature"]);
                var outcome = await sender.Send(new HandlePaymentEventCommand(paymentEvent), ct);
                return TypedResults.Ok(new WebhookReceipt(paymentEvent.Id, outcome));
            })
            .AllowAnonymous().WithTags("Payments")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(1024 * 1024))
            .Describe("ReceiveStripeWebhook", "Stripe webhook",
                "Stripe calls this. The raw body is verified against `Stripe-Signature` with the platform endpoint's or the Connect " +
                "endpoint's signing secret (5 minutes tolerance): a bad or stale signature is 400 and changes nothing. An event of the " +
                "other mode than the secret key (live vs test) is acknowledged and ignored. Each event id is applied once; " +
                "unknown types are acknowledged and ignored. Handled: `payment_intent.succeeded`, `payment_intent.payment_failed`, " +
                "`charge.refunded`, `account.updated`, `charge.dispute.created`. A `charge.refunded` for the whole amount of an " +
                "order not yet shipped cancels it and releases its stock; a partial one (or a full one in transit) is recorded " +
                "and sets the order's `flaggedForReview`.")
            .Produces<WebhookReceipt>().ProducesProblems(400, 413);
    }

    /// <summary>Mapped only with the Simulated provider: stands in for the provider's webhook.</summary>
    public static void MapSimulatedPayments(this RouteGroupBuilder api)
    {
        var simulated = api.MapGroup("/payments/simulated").WithTags("Payments").RequireAuthorization();
        foreach (var (action, succeeded) in new[] { ("succeed", true), ("fail", false) })
        {
            simulated.MapPost($"/{{orderId:guid}}/{action}", async ([Description("The order whose payment is simulated.")] Guid orderId, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new SimulatePaymentCommand(orderId, succeeded), ct)))
                .Describe(succeeded ? "SimulatePaymentSuccess" : "SimulatePaymentFailure",
                    succeeded ? "Simulate a successful payment" : "Simulate a failed payment",
                    "Only with `Marketplace:Payments:Provider=Simulated` (with `Simulated:AutoConfirm=false` orders wait for this): an admin " +
                    "(and, in Development only, the order's buyer) settles its payment, through the same code path as a provider webhook. Success moves " +
                    "`pending_payment` → `pending`; success after cancellation is refunded; repeats change nothing.")
                .Produces<OrderResponse>().ProducesProblems(401, 403, 404, 409);
        }
    }
}

/// <summary>The marketplace's receipt for a payment provider event.</summary>
/// <param name="EventId">The provider's event id.</param>
/// <param name="Outcome">What the marketplace did with it.</param>
public sealed record WebhookReceipt(string EventId, PaymentEventOutcome Outcome);
