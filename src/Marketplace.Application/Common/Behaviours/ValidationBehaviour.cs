using System.Reflection;

namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the message before its handler. The one place validation happens:
/// a failure becomes a 400 ProblemDetails with <c>errors</c> keyed by property path.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string ProblemCode =
        typeof(TMessage).GetCustomAttribute<ValidationProblemCodeAttribute>()?.Code ?? RequestValidationException.DefaultCode;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0) throw new RequestValidationException(ProblemCode, failures);
        return await next(message, cancellationToken);
    }
}
