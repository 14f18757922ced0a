namespace Marketplace.Application.Common.Behaviours;

/// <summary>
/// The request carries nothing to validate (the caller's token says all there is), so it has no validator. The
/// architecture tests hold it to that: a request marked so has no properties, and every other request has its validator.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NoInputAttribute : Attribute;
