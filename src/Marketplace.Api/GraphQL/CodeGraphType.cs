using System.Reflection;
using GraphQL.Types;
using GraphQLParser.AST;
using Marketplace.Domain.Common;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// An enum of the Domain as the string code REST writes (<c>leafy-greens</c>, <c>pending_payment</c>). GraphQL enum
/// values cannot hold a hyphen, so the codes travel as a named scalar. Input is taken as the string sent: the REST
/// binding reads it and names the field when the code is unknown, exactly as for a REST body.
/// </summary>
internal sealed class CodeGraphType : ScalarGraphType
{
    private readonly Func<object, string> _toCode;

    public CodeGraphType(Type enumType)
    {
        Name = enumType.Name;
        var codes = typeof(EnumCode<>).MakeGenericType(enumType);
        var all = (IReadOnlyList<string>)codes.GetProperty(nameof(EnumCode<ErrorKind>.All))!.GetValue(null)!;
        Description = $"One of: {string.Join(", ", all)}.";
        var toCode = codes.GetMethod(nameof(EnumCode<ErrorKind>.ToCode), BindingFlags.Public | BindingFlags.Static)!;
        _toCode = value => (string)toCode.Invoke(null, [value])!;
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Enum e => _toCode(e),
        string s => s,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (string)s.Value,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowValueConversionError(value),
    };
}
