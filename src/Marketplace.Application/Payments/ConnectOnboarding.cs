using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Users;
using Mediator;

namespace Marketplace.Application.Payments;

/// <summary>Where a grower sets up payouts.</summary>
/// <param name="AccountId">The grower's connected payment account.</param>
/// <param name="OnboardingUrl">Send the grower here to finish setting up payouts with the provider.</param>
public sealed record ConnectOnboardingResponse(string AccountId, string OnboardingUrl);

/// <summary>Whether a grower can be paid.</summary>
/// <param name="AccountId">The grower's connected payment account; null before onboarding.</param>
/// <param name="ChargesEnabled">Orders can be paid to the grower.</param>
/// <param name="PayoutsEnabled">The provider pays out to the grower's bank.</param>
/// <param name="DetailsSubmitted">The grower finished the provider's forms.</param>
public sealed record ConnectStatusResponse(string? AccountId, bool ChargesEnabled, bool PayoutsEnabled, bool DetailsSubmitted);

/// <summary>A grower starts (or resumes) payout onboarding: one connected account per grower, and a fresh link.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record StartConnectOnboardingCommand : ICommand<ConnectOnboardingResponse>;

public sealed class StartConnectOnboardingValidator : AbstractValidator<StartConnectOnboardingCommand>
{
    // No input: the caller's token says who the grower is.
}

public sealed class StartConnectOnboardingHandler(UserDirectory users, IPaymentGateway payments, TimeProvider clock)
    : ICommandHandler<StartConnectOnboardingCommand, ConnectOnboardingResponse>
{
    public async ValueTask<ConnectOnboardingResponse> Handle(StartConnectOnboardingCommand command, CancellationToken cancellationToken)
    {
        var grower = await users.GetCallerAsync(cancellationToken);
        if (grower.GrowerProfile is null)
            throw new ForbiddenException("grower_profile_required", "Create your grower profile before setting up payouts.");

        var accountId = grower.GrowerProfile.PaymentAccountId
            ?? await payments.CreateConnectedAccountAsync(new ConnectedAccountRequest(grower.Id, grower.Email, $"account-{grower.Id}"), cancellationToken);
        grower.LinkPaymentAccount(accountId, clock.GetUtcNow());
        return new ConnectOnboardingResponse(accountId, await payments.CreateOnboardingLinkAsync(accountId, cancellationToken));
    }
}

/// <summary>The grower's connected account as the provider sees it now; the stored flags follow.</summary>
[AuthorizeRequest(Roles.Grower)]
public sealed record GetConnectStatusCommand : ICommand<ConnectStatusResponse>;

public sealed class GetConnectStatusValidator : AbstractValidator<GetConnectStatusCommand>
{
    // No input: the caller's token says who the grower is.
}

public sealed class GetConnectStatusHandler(UserDirectory users, IPaymentGateway payments, TimeProvider clock)
    : ICommandHandler<GetConnectStatusCommand, ConnectStatusResponse>
{
    public async ValueTask<ConnectStatusResponse> Handle(GetConnectStatusCommand command, CancellationToken cancellationToken)
    {
        var grower = await users.GetCallerAsync(cancellationToken);
        if (grower.GrowerProfile?.PaymentAccountId is not { } accountId) return new ConnectStatusResponse(null, false, false, false);

        var status = await payments.GetConnectedAccountAsync(accountId, cancellationToken);
        grower.UpdatePaymentAccount(status.ChargesEnabled, status.PayoutsEnabled, status.DetailsSubmitted, clock.GetUtcNow());
        return new ConnectStatusResponse(accountId, status.ChargesEnabled, status.PayoutsEnabled, status.DetailsSubmitted);
    }
}
