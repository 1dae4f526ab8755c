namespace Oden.Compiler.BoundTree;

public enum UnaryOperatorKind
{
    /// <summary><c>-x</c></summary>
    Negate,
    /// <summary><c>+x</c>: ToNumber.</summary>
    Plus,
    /// <summary><c>!x</c></summary>
    LogicalNot,
    /// <summary><c>~x</c></summary>
    BitwiseNot,
    /// <summary><c>typeof x</c> (an unresolvable name gives "undefined", not a ReferenceError).</summary>
    TypeOf,
    /// <summary><c>void x</c></summary>
    Void,
    /// <summary>ToNumeric(x) + 1: lowering's form of ++ (no JavaScript syntax).</summary>
    Increment,
    /// <summary>ToNumeric(x) - 1: lowering's form of --.</summary>
    Decrement,
}

public enum BinaryOperatorKind
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Exponent,
    LeftShift,
    RightShift,
    UnsignedRightShift,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    In,
    InstanceOf,
}

public static class OperatorFacts
{
    public static string ToText(this UnaryOperatorKind op) => op switch
    {
        UnaryOperatorKind.Negate => "-",
        UnaryOperatorKind.Plus => "+",
        UnaryOperatorKind.LogicalNot => "!",
        UnaryOperatorKind.BitwiseNot => "~",
        UnaryOperatorKind.TypeOf => "typeof ",
        UnaryOperatorKind.Void => "void ",
        UnaryOperatorKind.Increment => "inc ",
        UnaryOperatorKind.Decrement => "dec ",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string ToText(this BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.Add => "+",
        BinaryOperatorKind.Subtract => "-",
        BinaryOperatorKind.Multiply => "*",
        BinaryOperatorKind.Divide => "/",
        BinaryOperatorKind.Remainder => "%",
        BinaryOperatorKind.Exponent => "**",
        BinaryOperatorKind.LeftShift => "<<",
        BinaryOperatorKind.RightShift => ">>",
        BinaryOperatorKind.UnsignedRightShift => ">>>",
        BinaryOperatorKind.BitwiseAnd => "&",
        BinaryOperatorKind.BitwiseOr => "|",
        BinaryOperatorKind.BitwiseXor => "^",
        BinaryOperatorKind.Equal => "==",
        BinaryOperatorKind.NotEqual => "!=",
        BinaryOperatorKind.StrictEqual => "===",
        BinaryOperatorKind.StrictNotEqual => "!==",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        BinaryOperatorKind.In => "in",
        BinaryOperatorKind.InstanceOf => "instanceof",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
