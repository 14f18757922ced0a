using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>Stores an enum as its contract code (<c>leafy-greens</c>, <c>sold_out</c>), the same spelling as the API.</summary>
public sealed class EnumCodeConverter<T>() : ValueConverter<T, string>(
    v => EnumCode<T>.ToCode(v),
    v => EnumCode<T>.Parse(v))
    where T : struct, Enum;
