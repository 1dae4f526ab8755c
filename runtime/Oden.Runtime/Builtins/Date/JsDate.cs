// JsDate: an object with a [[DateValue]] internal slot — a time value (ms since the epoch, an integer in
// ±8.64e15) or NaN for an invalid date. It has no own properties; everything lives on %Date.prototype%.
namespace Oden.Runtime.Builtins;

public sealed class JsDate : JsObject
{
    internal JsDate(JsObject prototype, double dateValue)
        : base(prototype, Shape.Root(ShapeKind.Other))
    {
        DateValue = dateValue;
    }

    /// <summary>[[DateValue]]: a time value or NaN.</summary>
    public double DateValue { get; internal set; }

    public override string ClassName => "Date";
}
