// Bound nodes of the dynamic-scope path: references the binder cannot resolve statically (inside
// `with`, or where a sloppy direct eval may declare vars, or free names of eval code) and direct eval
// calls. Only code that uses `with` or `eval(...)` contains them; see Binder_Dynamic.cs for when the
// binder makes them and CodeGenerator_Dynamic.cs for the IL.
using System.Collections.Immutable;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public enum DynamicStepKind
{
    /// <summary>A with statement's object: HasBinding = HasProperty and not @@unscopables-hidden.</summary>
    With,
    /// <summary>The vars a sloppy direct eval declared in a function's var scope (Scope is that var scope).</summary>
    EvalVars,
    /// <summary>Eval code's runtime scope chain: the Outer of Scope's environment (the eval unit's top scope), walked by name.</summary>
    Chain,
}

/// <summary>One check of a dynamic reference, innermost first.</summary>
public sealed class DynamicStep
{
    public DynamicStep(DynamicStepKind kind, BoundVariable? withObject, Scope? scope)
    {
        Kind = kind;
        WithObject = withObject;
        Scope = scope;
    }

    public DynamicStepKind Kind { get; }

    /// <summary>For With: the binding holding the with object.</summary>
    public BoundVariable? WithObject { get; }

    /// <summary>For EvalVars and Chain: the scope whose environment is asked.</summary>
    public Scope? Scope { get; }

    public DynamicStep Update(BoundVariable? withObject) => withObject == WithObject ? this : new DynamicStep(Kind, withObject, Scope);

    public override string ToString() => Kind switch
    {
        DynamicStepKind.With => "with " + WithObject!.Symbol,
        DynamicStepKind.EvalVars => "evalvars",
        _ => "chain",
    };
}

/// <summary>
/// An identifier reference resolved at run time: the Steps are asked in order; the first that has
/// the name is the reference's base (with object or scope environment); when none has it, Fallback
/// (a BoundVariable or BoundGlobal: the static resolution) is the reference.
/// </summary>
public sealed class BoundDynamicName : BoundExpression
{
    public BoundDynamicName(string name, ImmutableArray<DynamicStep> steps, BoundExpression fallback, bool isStrict, SourceSpan span)
        : base(BoundKind.DynamicName, span)
    {
        Name = name;
        Steps = steps;
        Fallback = fallback;
        IsStrict = isStrict;
    }

    public string Name { get; }
    public ImmutableArray<DynamicStep> Steps { get; }
    public BoundExpression Fallback { get; }

    /// <summary>The reference is in strict code (an unresolvable write is a ReferenceError).</summary>
    public bool IsStrict { get; }

    public BoundDynamicName Update(ImmutableArray<DynamicStep> steps, BoundExpression fallback) =>
        steps == Steps && fallback == Fallback ? this : new BoundDynamicName(Name, steps, fallback, IsStrict, Span);
}

/// <summary>
/// <c>eval(args)</c> with the identifier eval as callee: a direct eval when the callee's value is the
/// realm's %eval%, an ordinary call otherwise (decided at run time by Ops.CallEval). Scope is the
/// innermost scope at the call: its nearest environment starts the chain the eval code sees.
/// </summary>
public sealed class BoundDirectEval : BoundExpression
{
    public BoundDirectEval(BoundExpression callee, ImmutableArray<BoundExpression> arguments, BoundExpression thisValue, BoundExpression newTarget, bool inFunction,
        Scope scope, bool isStrict, string location, SourceSpan span)
        : base(BoundKind.DirectEval, span)
    {
        Callee = callee;
        Arguments = arguments;
        ThisValue = thisValue;
        NewTarget = newTarget;
        InFunction = inFunction;
        Scope = scope;
        IsStrict = isStrict;
        Location = location;
    }

    public BoundExpression Callee { get; }
    public ImmutableArray<BoundExpression> Arguments { get; }

    /// <summary>The caller's `this`, which the eval code shares.</summary>
    public BoundExpression ThisValue { get; }

    /// <summary>The caller's new.target (undefined where no [[Construct]] reaches), which the eval code shares.</summary>
    public BoundExpression NewTarget { get; }

    /// <summary>
    /// The caller's this-environment is a function's (PerformEval's inFunction): the eval code may
    /// contain new.target. False only at the top level of a classic script (and in eval code from there).
    /// </summary>
    public bool InFunction { get; }

    public Scope Scope { get; }
    public bool IsStrict { get; }

    /// <summary>How stack traces name the eval'd code: "eval at f (file.js:3:5)".</summary>
    public string Location { get; }

    public BoundDirectEval Update(BoundExpression callee, ImmutableArray<BoundExpression> arguments, BoundExpression thisValue, BoundExpression newTarget) =>
        callee == Callee && arguments == Arguments && thisValue == ThisValue && newTarget == NewTarget
            ? this
            : new BoundDirectEval(callee, arguments, thisValue, newTarget, InFunction, Scope, IsStrict, Location, Span);
}
