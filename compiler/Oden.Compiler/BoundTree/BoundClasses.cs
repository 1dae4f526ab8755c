// Class nodes: a class definition, super property references and super(...) calls. new.target is a
// BoundVariable of the enclosing constructor's NewTargetSymbol (or the literal undefined where it
// can only be undefined), so it needs no node. See docs/architecture.md, "Classes".
using System.Collections.Immutable;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public enum ClassMemberKind
{
    Method,
    Getter,
    Setter,
    /// <summary>A public field: only its computed key is evaluated with the other elements (into KeySymbol); its initializer lives in the class's instance or static initializer functions.</summary>
    Field,
}

/// <summary>
/// One element of a class body in source order; the key is Name or, when computed, ComputedKey. A
/// method or accessor has its Function; a field with a computed key stores the key in KeySymbol (a
/// hidden binding of the class scope that the initializer functions read).
/// </summary>
public sealed class BoundClassMember
{
    public BoundClassMember(ClassMemberKind kind, bool isStatic, string? name, BoundExpression? computedKey, BoundFunction? function, VariableSymbol? keySymbol = null)
    {
        MemberKind = kind;
        IsStatic = isStatic;
        Name = name;
        ComputedKey = computedKey;
        Function = function;
        KeySymbol = keySymbol;
    }

    public ClassMemberKind MemberKind { get; }
    public bool IsStatic { get; }
    public string? Name { get; }
    public BoundExpression? ComputedKey { get; }
    public BoundFunction? Function { get; }
    public VariableSymbol? KeySymbol { get; }

    public BoundClassMember Update(BoundExpression? computedKey, BoundFunction? function) =>
        computedKey == ComputedKey && function == Function ? this : new BoundClassMember(MemberKind, IsStatic, Name, computedKey, function, KeySymbol);
}

/// <summary>
/// <c>class Name extends Heritage { constructor() {} members }</c> as an expression whose value is the
/// constructor. Scope holds the class's own immutable name binding (InnerBinding, in its TDZ while the
/// heritage, the computed keys and the members are evaluated), or is null for an anonymous class.
/// Constructor is the explicit constructor or the synthesized default one.
/// </summary>
public sealed class BoundClass : BoundExpression
{
    public BoundClass(Scope? scope, VariableSymbol? innerBinding, BoundExpression? heritage, BoundFunction constructor,
        ImmutableArray<BoundClassMember> members, BoundFunction? instanceInitializer, ImmutableArray<BoundFunction> staticInitializers,
        SourceSpan span) : base(BoundKind.Class, span)
    {
        Scope = scope;
        InnerBinding = innerBinding;
        Heritage = heritage;
        Constructor = constructor;
        Members = members;
        InstanceInitializer = instanceInitializer;
        StaticInitializers = staticInitializers;
    }

    /// <summary>The instance fields' initializer (F.[[Fields]]): a method run with this = the new object by InitializeInstanceElements.</summary>
    public BoundFunction? InstanceInitializer { get; }

    /// <summary>The static fields and static blocks in order: methods run once with this = the class, after it is complete.</summary>
    public ImmutableArray<BoundFunction> StaticInitializers { get; }

    public Scope? Scope { get; }
    public VariableSymbol? InnerBinding { get; }
    public BoundExpression? Heritage { get; }
    public BoundFunction Constructor { get; }
    public ImmutableArray<BoundClassMember> Members { get; }

    /// <summary>Has an <c>extends</c> clause (its constructor is derived).</summary>
    public bool IsDerived => Constructor.Symbol.Kind == FunctionKind.DerivedConstructor;

    public BoundClass Update(BoundExpression? heritage, BoundFunction constructor, ImmutableArray<BoundClassMember> members,
        BoundFunction? instanceInitializer, ImmutableArray<BoundFunction> staticInitializers) =>
        heritage == Heritage && constructor == Constructor && members == Members && instanceInitializer == InstanceInitializer && staticInitializers == StaticInitializers
            ? this
            : new BoundClass(Scope, InnerBinding, heritage, constructor, members, instanceInitializer, staticInitializers, Span);
}

/// <summary>
/// <c>super.name</c> / <c>super[key]</c>: read, written, or called (as a BoundCall's callee, with this =
/// This). Function is the enclosing method's function object (its [[HomeObject]] gives the base).
/// </summary>
public sealed class BoundSuperMember : BoundExpression
{
    public BoundSuperMember(BoundExpression thisValue, BoundExpression function, string? name, BoundExpression? key, bool isStrict, SourceSpan span)
        : base(BoundKind.SuperMember, span)
    {
        This = thisValue;
        Function = function;
        Name = name;
        Key = key;
        IsStrict = isStrict;
    }

    public BoundExpression This { get; }
    public BoundExpression Function { get; }
    public string? Name { get; }
    public BoundExpression? Key { get; }

    /// <summary>A failed assignment throws (strict code) or is ignored (sloppy object-literal methods).</summary>
    public bool IsStrict { get; }

    public BoundSuperMember Update(BoundExpression thisValue, BoundExpression function, BoundExpression? key) =>
        thisValue == This && function == Function && key == Key ? this : new BoundSuperMember(thisValue, function, Name, key, IsStrict, Span);
}

/// <summary>
/// <c>super(args)</c> in a derived constructor (or an arrow in it): construct the parent with the
/// constructor's new.target, then bind This (a ReferenceError when already bound). Function is the
/// constructor's function object; ForwardArguments is the implicit constructor's super(...args).
/// </summary>
public sealed class BoundSuperCall : BoundExpression
{
    public BoundSuperCall(BoundExpression function, BoundExpression newTarget, BoundVariable thisBinding,
        ImmutableArray<BoundExpression> arguments, bool forwardArguments, SourceSpan span) : base(BoundKind.SuperCall, span)
    {
        Function = function;
        NewTarget = newTarget;
        ThisBinding = thisBinding;
        Arguments = arguments;
        ForwardArguments = forwardArguments;
    }

    public BoundExpression Function { get; }
    public BoundExpression NewTarget { get; }
    public BoundVariable ThisBinding { get; }
    public ImmutableArray<BoundExpression> Arguments { get; }
    public bool ForwardArguments { get; }

    public BoundSuperCall Update(BoundExpression function, BoundExpression newTarget, ImmutableArray<BoundExpression> arguments) =>
        function == Function && newTarget == NewTarget && arguments == Arguments
            ? this
            : new BoundSuperCall(function, newTarget, ThisBinding, arguments, ForwardArguments, Span);
}
