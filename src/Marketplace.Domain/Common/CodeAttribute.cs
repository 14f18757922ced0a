namespace Marketplace.Domain.Common;

/// <summary>
/// The code of an enum value whose name does not read as the contract spells it in snake_case, e.g. the category
/// <c>leafy-greens</c>. <see cref="EnumCode{T}"/> reads it; how codes reach JSON is the Api's business.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class CodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}
