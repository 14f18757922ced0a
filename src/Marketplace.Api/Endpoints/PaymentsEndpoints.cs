using Marketplace.Application.Orders;
using Marketplace.Application.Payments;
using Mediator;

namespace Marketplace.Api.Endpoints;

internal static class PaymentsEndpoints
{
    /// <summary>Mapped only with the Simulated provider: stands in for the provider's webhook.</summary>
    public static void MapSimulatedPayments(this RouteGroupBuilder api)
    {
        var simulated = api.MapGroup("/payments/simulated").WithTags("Payments").RequireAuthorization();
        foreach (var (action, succeeded) in new[] { ("succeed", true), ("fail", false) })
        {
            simulated.MapPost($"/{{orderId:guid}}/{action}", async (Guid orderId, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(new SimulatePaymentCommand(orderId, succeeded), ct)))
                .Describe(succeeded ? "SimulatePaymentSuccess" : "SimulatePaymentFailure",
                    succeeded ? "Simulate a successful payment" : "Simulate a failed payment",
                    "Only with `Marketplace:Payments:Provider=Simulated` (with `Simulated:AutoConfirm=false` orders wait for this): the order's buyer (or an " +
                    "admin) settles its payment, through the same code path as a provider webhook. Success moves " +
                    "`pending_payment` → `pending`; success after cancellation is refunded; repeats change nothing.")
                .Produces<OrderResponse>().ProducesProblems(401, 403, 404, 409);
        }
    }
}
