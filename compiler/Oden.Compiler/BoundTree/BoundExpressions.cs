// Expression nodes. See BoundNode.cs for the tree's invariants.
using System.Collections.Immutable;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

/// <summary>undefined, null, a boolean, a number, a string (or lowering's Int32).</summary>
public sealed class BoundLiteral : BoundExpression
{
    public BoundLiteral(ConstantValue value, SourceSpan span) : base(BoundKind.Literal, span) => Value = value;

    public ConstantValue Value { get; }

    public override StorageType Type => Value.Kind == ConstantKind.Int32 ? StorageType.Int32 : StorageType.Value;
}

/// <summary><c>/pattern/flags</c>: a fresh RegExp object per evaluation over one shared compiled regex.</summary>
public sealed class BoundRegExpLiteral : BoundExpression
{
    public BoundRegExpLiteral(string pattern, string flags, SourceSpan span) : base(BoundKind.RegExpLiteral, span)
    {
        Pattern = pattern;
        Flags = flags;
    }

    public string Pattern { get; }
    public string Flags { get; }
}

/// <summary><c>`a${x}b`</c>: Quasis has one more element than Expressions (cooked strings). Lowered to StringConcat.</summary>
public sealed class BoundTemplateLiteral : BoundExpression
{
    public BoundTemplateLiteral(ImmutableArray<string> quasis, ImmutableArray<BoundExpression> expressions, SourceSpan span)
        : base(BoundKind.TemplateLiteral, span)
    {
        Quasis = quasis;
        Expressions = expressions;
    }

    public ImmutableArray<string> Quasis { get; }
    public ImmutableArray<BoundExpression> Expressions { get; }

    public BoundTemplateLiteral Update(ImmutableArray<BoundExpression> expressions) =>
        expressions == Expressions ? this : new BoundTemplateLiteral(Quasis, expressions, Span);
}

/// <summary>A resolved binding, read or (as an assignment target) written.</summary>
public sealed class BoundVariable : BoundExpression
{
    public BoundVariable(VariableSymbol symbol, bool needsTdzCheck, SourceSpan span) : base(BoundKind.Variable, span)
    {
        Symbol = symbol;
        NeedsTdzCheck = needsTdzCheck;
    }

    public VariableSymbol Symbol { get; }

    /// <summary>The access may happen before the let/const is initialized: check and throw a ReferenceError.</summary>
    public bool NeedsTdzCheck { get; }

    public override StorageType Type => Symbol.Type;
}

/// <summary>
/// A name no scope declares: a property of the global object. Reading a missing one is a
/// ReferenceError (except under typeof); writing one creates it in sloppy code and is a
/// ReferenceError in strict code.
/// </summary>
public sealed class BoundGlobal : BoundExpression
{
    public BoundGlobal(string name, SourceSpan span) : base(BoundKind.Global, span) => Name = name;

    public string Name { get; }
}

/// <summary><c>obj.name</c> (also a non-computed key like <c>obj["name"]</c> folded by the binder).</summary>
public sealed class BoundMember : BoundExpression
{
    public BoundMember(BoundExpression receiver, string name, SourceSpan span) : base(BoundKind.Member, span)
    {
        Receiver = receiver;
        Name = name;
    }

    public BoundExpression Receiver { get; }
    public string Name { get; }

    public BoundMember Update(BoundExpression receiver) => receiver == Receiver ? this : new BoundMember(receiver, Name, Span);
}

/// <summary><c>obj[key]</c></summary>
public sealed class BoundIndex : BoundExpression
{
    public BoundIndex(BoundExpression receiver, BoundExpression key, SourceSpan span) : base(BoundKind.Index, span)
    {
        Receiver = receiver;
        Key = key;
    }

    public BoundExpression Receiver { get; }
    public BoundExpression Key { get; }

    public BoundIndex Update(BoundExpression receiver, BoundExpression key) =>
        receiver == Receiver && key == Key ? this : new BoundIndex(receiver, key, Span);
}

/// <summary><c>target = value</c>; the target is a Variable, Global, Member or Index. The value of the expression is the assigned value.</summary>
public sealed class BoundAssignment : BoundExpression
{
    public BoundAssignment(BoundExpression target, BoundExpression value, SourceSpan span) : base(BoundKind.Assignment, span)
    {
        Target = target;
        Value = value;
    }

    public BoundExpression Target { get; }
    public BoundExpression Value { get; }

    public override StorageType Type => Target.Type;

    public BoundAssignment Update(BoundExpression target, BoundExpression value) =>
        target == Target && value == Value ? this : new BoundAssignment(target, value, Span);
}

/// <summary><c>target op= value</c>. Lowered.</summary>
public sealed class BoundCompoundAssignment : BoundExpression
{
    public BoundCompoundAssignment(BinaryOperatorKind op, BoundExpression target, BoundExpression value, SourceSpan span)
        : base(BoundKind.CompoundAssignment, span)
    {
        Operator = op;
        Target = target;
        Value = value;
    }

    public BinaryOperatorKind Operator { get; }
    public BoundExpression Target { get; }
    public BoundExpression Value { get; }

    public BoundCompoundAssignment Update(BoundExpression target, BoundExpression value) =>
        target == Target && value == Value ? this : new BoundCompoundAssignment(Operator, target, value, Span);
}

/// <summary><c>++x</c>, <c>x--</c>, .... Lowered.</summary>
public sealed class BoundUpdate : BoundExpression
{
    public BoundUpdate(bool isIncrement, bool isPrefix, BoundExpression target, SourceSpan span) : base(BoundKind.Update, span)
    {
        IsIncrement = isIncrement;
        IsPrefix = isPrefix;
        Target = target;
    }

    public bool IsIncrement { get; }
    public bool IsPrefix { get; }
    public BoundExpression Target { get; }

    public BoundUpdate Update(BoundExpression target) => target == Target ? this : new BoundUpdate(IsIncrement, IsPrefix, target, Span);
}

public sealed class BoundUnary : BoundExpression
{
    public BoundUnary(UnaryOperatorKind op, BoundExpression operand, SourceSpan span) : base(BoundKind.Unary, span)
    {
        Operator = op;
        Operand = operand;
    }

    public UnaryOperatorKind Operator { get; }
    public BoundExpression Operand { get; }

    public BoundUnary Update(BoundExpression operand) => operand == Operand ? this : new BoundUnary(Operator, operand, Span);
}

/// <summary>
/// <c>delete operand</c>: a Member/Index deletes the property (a TypeError in strict code when it is
/// not configurable); a Global deletes the global property (sloppy only); a declared binding gives
/// false; any other expression is evaluated and gives true.
/// </summary>
public sealed class BoundDelete : BoundExpression
{
    public BoundDelete(BoundExpression operand, bool isStrict, SourceSpan span) : base(BoundKind.Delete, span)
    {
        Operand = operand;
        IsStrict = isStrict;
    }

    public BoundExpression Operand { get; }
    public bool IsStrict { get; }

    public BoundDelete Update(BoundExpression operand) => operand == Operand ? this : new BoundDelete(operand, IsStrict, Span);
}

public sealed class BoundBinary : BoundExpression
{
    public BoundBinary(BinaryOperatorKind op, BoundExpression left, BoundExpression right, SourceSpan span) : base(BoundKind.Binary, span)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public BinaryOperatorKind Operator { get; }
    public BoundExpression Left { get; }
    public BoundExpression Right { get; }

    public BoundBinary Update(BoundExpression left, BoundExpression right) =>
        left == Left && right == Right ? this : new BoundBinary(Operator, left, right, Span);
}

/// <summary><c>a &amp;&amp; b</c> / <c>a || b</c>: the value of the deciding operand, not a boolean.</summary>
public sealed class BoundLogical : BoundExpression
{
    public BoundLogical(bool isAnd, BoundExpression left, BoundExpression right, SourceSpan span) : base(BoundKind.Logical, span)
    {
        IsAnd = isAnd;
        Left = left;
        Right = right;
    }

    public bool IsAnd { get; }
    public BoundExpression Left { get; }
    public BoundExpression Right { get; }

    public BoundLogical Update(BoundExpression left, BoundExpression right) =>
        left == Left && right == Right ? this : new BoundLogical(IsAnd, left, right, Span);
}

public sealed class BoundConditional : BoundExpression
{
    public BoundConditional(BoundExpression test, BoundExpression whenTrue, BoundExpression whenFalse, SourceSpan span)
        : base(BoundKind.Conditional, span)
    {
        Test = test;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    public BoundExpression Test { get; }
    public BoundExpression WhenTrue { get; }
    public BoundExpression WhenFalse { get; }

    public BoundConditional Update(BoundExpression test, BoundExpression whenTrue, BoundExpression whenFalse) =>
        test == Test && whenTrue == WhenTrue && whenFalse == WhenFalse ? this : new BoundConditional(test, whenTrue, whenFalse, Span);
}

/// <summary>
/// Evaluate SideEffects in order (results discarded), then Value. Locals are temporaries scoped to
/// the sequence (lowering's). The comma operator binds to a sequence without locals.
/// </summary>
public sealed class BoundSequence : BoundExpression
{
    public BoundSequence(ImmutableArray<VariableSymbol> locals, ImmutableArray<BoundExpression> sideEffects, BoundExpression value, SourceSpan span)
        : base(BoundKind.Sequence, span)
    {
        Locals = locals;
        SideEffects = sideEffects;
        Value = value;
    }

    public ImmutableArray<VariableSymbol> Locals { get; }
    public ImmutableArray<BoundExpression> SideEffects { get; }
    public BoundExpression Value { get; }

    public override StorageType Type => Value.Type;

    public BoundSequence Update(ImmutableArray<BoundExpression> sideEffects, BoundExpression value) =>
        sideEffects == SideEffects && value == Value ? this : new BoundSequence(Locals, sideEffects, value, Span);
}

/// <summary>
/// <c>callee(args)</c>. A Member/Index callee is a method call (this = the receiver, evaluated once);
/// any other callee is called with this = undefined.
/// </summary>
public sealed class BoundCall : BoundExpression
{
    public BoundCall(BoundExpression callee, ImmutableArray<BoundExpression> arguments, SourceSpan span) : base(BoundKind.Call, span)
    {
        Callee = callee;
        Arguments = arguments;
    }

    public BoundExpression Callee { get; }
    public ImmutableArray<BoundExpression> Arguments { get; }

    public BoundCall Update(BoundExpression callee, ImmutableArray<BoundExpression> arguments) =>
        callee == Callee && arguments == Arguments ? this : new BoundCall(callee, arguments, Span);
}

/// <summary><c>new callee(args)</c></summary>
public sealed class BoundNew : BoundExpression
{
    public BoundNew(BoundExpression callee, ImmutableArray<BoundExpression> arguments, SourceSpan span) : base(BoundKind.New, span)
    {
        Callee = callee;
        Arguments = arguments;
    }

    public BoundExpression Callee { get; }
    public ImmutableArray<BoundExpression> Arguments { get; }

    public BoundNew Update(BoundExpression callee, ImmutableArray<BoundExpression> arguments) =>
        callee == Callee && arguments == Arguments ? this : new BoundNew(callee, arguments, Span);
}

/// <summary>Creates a closure over the current environment (function expressions, arrows, methods, accessors).</summary>
public sealed class BoundFunctionExpression : BoundExpression
{
    public BoundFunctionExpression(BoundFunction function, SourceSpan span) : base(BoundKind.FunctionExpression, span) => Function = function;

    public BoundFunction Function { get; }

    public BoundFunctionExpression Update(BoundFunction function) => function == Function ? this : new BoundFunctionExpression(function, Span);
}

/// <summary><c>[a, , b]</c>: a null element is a hole.</summary>
public sealed class BoundArrayLiteral : BoundExpression
{
    public BoundArrayLiteral(ImmutableArray<BoundExpression?> elements, SourceSpan span) : base(BoundKind.ArrayLiteral, span) => Elements = elements;

    public ImmutableArray<BoundExpression?> Elements { get; }

    public BoundArrayLiteral Update(ImmutableArray<BoundExpression?> elements) => elements == Elements ? this : new BoundArrayLiteral(elements, Span);
}

public enum ObjectPropertyKind
{
    /// <summary><c>key: value</c>, shorthand <c>{x}</c>, and methods <c>{ m() {} }</c>: CreateDataPropertyOrThrow.</summary>
    Value,
    Getter,
    Setter,
    /// <summary><c>__proto__: value</c> (not computed, not shorthand): sets [[Prototype]] when the value is an object or null.</summary>
    Prototype,
    /// <summary><c>...value</c>: CopyDataProperties from the value (no key).</summary>
    Spread,
}

/// <summary>One property definition of an object literal; the key is Name or, when computed, ComputedKey.</summary>
public sealed class BoundObjectProperty
{
    public BoundObjectProperty(ObjectPropertyKind kind, string? name, BoundExpression? computedKey, BoundExpression value)
    {
        PropertyKind = kind;
        Name = name;
        ComputedKey = computedKey;
        Value = value;
    }

    public ObjectPropertyKind PropertyKind { get; }
    public string? Name { get; }
    public BoundExpression? ComputedKey { get; }
    public BoundExpression Value { get; }

    public BoundObjectProperty Update(BoundExpression? computedKey, BoundExpression value) =>
        computedKey == ComputedKey && value == Value ? this : new BoundObjectProperty(PropertyKind, Name, computedKey, value);
}

public sealed class BoundObjectLiteral : BoundExpression
{
    public BoundObjectLiteral(ImmutableArray<BoundObjectProperty> properties, SourceSpan span) : base(BoundKind.ObjectLiteral, span) => Properties = properties;

    public ImmutableArray<BoundObjectProperty> Properties { get; }

    public BoundObjectLiteral Update(ImmutableArray<BoundObjectProperty> properties) => properties == Properties ? this : new BoundObjectLiteral(properties, Span);
}

/// <summary>ToString(operand) as a string JsValue (a TypeError for symbols). From template lowering.</summary>
public sealed class BoundToStringConversion : BoundExpression
{
    public BoundToStringConversion(BoundExpression operand, SourceSpan span) : base(BoundKind.ToStringConversion, span) => Operand = operand;

    public BoundExpression Operand { get; }

    public BoundToStringConversion Update(BoundExpression operand) => operand == Operand ? this : new BoundToStringConversion(operand, Span);
}

/// <summary>ToNumeric(operand): the old value of a postfix update.</summary>
public sealed class BoundToNumericConversion : BoundExpression
{
    public BoundToNumericConversion(BoundExpression operand, SourceSpan span) : base(BoundKind.ToNumericConversion, span) => Operand = operand;

    public BoundExpression Operand { get; }

    public BoundToNumericConversion Update(BoundExpression operand) => operand == Operand ? this : new BoundToNumericConversion(operand, Span);
}

/// <summary>ToPropertyKey(operand) as a primitive JsValue: a computed key that lowering evaluates once and uses twice.</summary>
public sealed class BoundToPropertyKeyConversion : BoundExpression
{
    public BoundToPropertyKeyConversion(BoundExpression operand, SourceSpan span) : base(BoundKind.ToPropertyKeyConversion, span) => Operand = operand;

    public BoundExpression Operand { get; }

    public BoundToPropertyKeyConversion Update(BoundExpression operand) => operand == Operand ? this : new BoundToPropertyKeyConversion(operand, Span);
}

/// <summary>Concatenation of parts that are already strings (string literals and ToString conversions).</summary>
public sealed class BoundStringConcat : BoundExpression
{
    public BoundStringConcat(ImmutableArray<BoundExpression> parts, SourceSpan span) : base(BoundKind.StringConcat, span) => Parts = parts;

    public ImmutableArray<BoundExpression> Parts { get; }

    public BoundStringConcat Update(ImmutableArray<BoundExpression> parts) => parts == Parts ? this : new BoundStringConcat(parts, Span);
}

/// <summary>A runtime operation without JavaScript syntax; see <see cref="IntrinsicKind"/>.</summary>
public sealed class BoundIntrinsic : BoundExpression
{
    public BoundIntrinsic(IntrinsicKind intrinsic, ImmutableArray<BoundExpression> arguments, SourceSpan span) : base(BoundKind.Intrinsic, span)
    {
        Intrinsic = intrinsic;
        Arguments = arguments;
    }

    public IntrinsicKind Intrinsic { get; }
    public ImmutableArray<BoundExpression> Arguments { get; }

    public override StorageType Type => Intrinsic.ResultType();

    public BoundIntrinsic Update(ImmutableArray<BoundExpression> arguments) => arguments == Arguments ? this : new BoundIntrinsic(Intrinsic, arguments, Span);
}
