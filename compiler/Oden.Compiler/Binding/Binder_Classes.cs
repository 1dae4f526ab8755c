// Classes, super and new.target (https://tc39.es/ecma262/#sec-class-definitions).
//
// A class binds to one BoundClass: a scope holding the class's own immutable name (in its TDZ until
// the class is complete), the heritage, the constructor (explicit, or synthesized: empty for a base
// class, super(...arguments) without array iteration for a derived one) and the methods, getters and
// setters in source order. Class code is strict (Acornima marks the bodies).
//
// The implicit bindings that class code needs live in the nearest non-arrow function, so arrows reach
// them by capture like `this`:
// - NewTargetSymbol: new.target, a trailing argument of constructors (undefined elsewhere);
// - FunctionObjectSymbol ("%func"): the function object, whose [[HomeObject]] gives super.x its base
//   and whose [[GetPrototypeOf]]() is the constructor super(...) calls;
// - in a derived constructor, `this` starts uninitialized: every reference checks it (ReferenceError),
//   super(...) binds it once, and the body ends with an explicit `return;` that lowering turns into
//   the derived-constructor result rule.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private BoundStatement BindClassDeclaration(ClassDeclaration node)
    {
        var symbol = _scope.Lookup(node.Id!.Name)!;
        var value = BindClass(node, node.Id, node.SuperClass, node.Body, node.Id.Name);
        return new BoundVariableDeclaration(symbol, value, Span(node));
    }

    private BoundExpression BindClassExpression(ClassExpression node, string? inferredName) =>
        BindClass(node, node.Id, node.SuperClass, node.Body, node.Id?.Name ?? inferredName ?? "");

    /// <see href="https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation"/>
    private BoundClass BindClass(Node node, Identifier? id, Expression? superClass, ClassBody body, string name)
    {
        // 1-4. classEnv with an immutable binding of the class name (uninitialized until step 27).
        // A computed field key is evaluated with the other elements and read later by the
        // initializers: it lives in a hidden binding of the class scope.
        Scope? scope = null;
        VariableSymbol? inner = null;
        if (id is not null || body.Body.Any(e => e is PropertyDefinition field && HasRuntimeKey(field)))
        {
            scope = PushScope(ScopeKind.Block);
        }
        if (id is not null)
        {
            inner = scope!.Declare(id.Name, VariableKind.Const);
            inner.InitializedAfter = node.End;
        }
        try
        {
            // 8. The heritage is evaluated in classEnv (the class name is in its TDZ there).
            var heritage = superClass is null ? null : BindExpression(superClass);
            var kind = superClass is null ? FunctionKind.ClassConstructor : FunctionKind.DerivedConstructor;

            MethodDefinition? constructorNode = null;
            foreach (var element in body.Body)
            {
                if (element is MethodDefinition { Kind: PropertyKind.Constructor } c) constructorNode = c;
            }
            var constructor = constructorNode is null
                ? BindDefaultConstructor(node, kind, name)
                : BindClassConstructor(constructorNode, kind, name);

            var members = ImmutableArray.CreateBuilder<BoundClassMember>();
            var instanceFields = new List<(PropertyDefinition Node, BoundClassMember Member)>();
            var statics = ImmutableArray.CreateBuilder<BoundFunction>();
            foreach (var element in body.Body)
            {
                switch (element)
                {
                    case MethodDefinition { Kind: PropertyKind.Constructor }:
                        break;
                    case MethodDefinition method:
                        members.Add(BindClassMethod(method));
                        break;
                    case PropertyDefinition field:
                    {
                        var member = BindFieldKey(field, scope, members.Count);
                        members.Add(member);
                        if (field.Static) statics.Add(BindFieldInitializers(field, [(field, member)], isStatic: true));
                        else instanceFields.Add((field, member));
                        break;
                    }
                    case StaticBlock block:
                        statics.Add(BindStaticBlock(block));
                        break;
                }
            }
            BoundFunction? instanceInitializer = null;
            if (instanceFields.Count > 0)
            {
                instanceInitializer = BindFieldInitializers(body, instanceFields, isStatic: false);
                constructor.Symbol.HasInstanceFields = true;
            }
            return new BoundClass(scope, inner, heritage, constructor, members.ToImmutable(), instanceInitializer, statics.ToImmutable(), Span(node));
        }
        finally
        {
            if (scope is not null) PopScope(scope);
        }
    }

    private BoundClassMember BindClassMethod(MethodDefinition method)
    {
        string? name = null;
        BoundExpression? computedKey = null;
        if (method.Computed)
        {
            computedKey = BindExpression((Expression)method.Key);
        }
        else
        {
            switch (method.Key)
            {
                case Identifier keyId: name = keyId.Name; break;
                case StringLiteral s: name = s.Value; break;
                case NumericLiteral n: computedKey = new BoundLiteral(ConstantValue.FromNumber(n.Value), Span(n)); break;
                default: computedKey = BindExpression((Expression)method.Key); break;
            }
        }

        var (memberKind, functionKind, prefix) = method.Kind switch
        {
            PropertyKind.Get => (ClassMemberKind.Getter, FunctionKind.Getter, "get "),
            PropertyKind.Set => (ClassMemberKind.Setter, FunctionKind.Setter, "set "),
            _ => (ClassMemberKind.Method, FunctionKind.Method, ""),
        };
        var functionName = name is null ? "" : prefix + name;
        var function = ((BoundFunctionExpression)BindFunctionExpression((FunctionExpression)method.Value, functionName, functionKind)).Function;
        // [[SourceText]] of a method is its MethodDefinition: from the key (or get/set/async/*), without `static`.
        function.Symbol.TextStart = method.Static ? AfterStaticKeyword(method.Start) : method.Start;
        return new BoundClassMember(memberKind, method.Static, name, computedKey, function);
    }

    /// <summary>The position after the `static` keyword at <paramref name="start"/> and the whitespace and comments that follow it.</summary>
    private int AfterStaticKeyword(int start)
    {
        string text = _file.Text;
        int i = start + "static".Length;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF') i++;
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/') { while (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029')) i++; }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*') { int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? text.Length : end + 2; }
            else break;
        }

        return i;
    }

    /// <summary>A computed key, or a numeric one (whose string form the runtime formats).</summary>
    private static bool HasRuntimeKey(PropertyDefinition field) => field.Computed || field.Key is NumericLiteral;

    /// <summary>A field's key: a name, or a computed key evaluated with the elements into a hidden binding.</summary>
    private BoundClassMember BindFieldKey(PropertyDefinition field, Scope? scope, int index)
    {
        if (HasRuntimeKey(field))
        {
            var key = field.Key is NumericLiteral n ? new BoundLiteral(ConstantValue.FromNumber(n.Value), Span(n)) : BindExpression((Expression)field.Key);
            var symbol = scope!.Declare("%fieldkey" + index, VariableKind.Let);
            symbol.InitializedAfter = 0; // stored before any initializer can run: never in a TDZ
            return new BoundClassMember(ClassMemberKind.Field, field.Static, null, key, null, symbol);
        }
        string name = field.Key switch
        {
            Identifier keyId => keyId.Name,
            StringLiteral s => s.Value,
            _ => throw new InvalidOperationException("unexpected field key " + field.Key.Type),
        };
        return new BoundClassMember(ClassMemberKind.Field, field.Static, name, null, null);
    }

    /// <summary>
    /// The initializer of fields: a method whose body is `DefineField(this, key, value)` per field in
    /// order (ClassFieldDefinitionEvaluation + DefineField). Each initializer expression is bound
    /// inside it, so `this` is the object being initialized, new.target is undefined and super.x
    /// uses the home object (the prototype for instance fields, the class for static ones).
    /// </summary>
    private BoundFunction BindFieldInitializers(Node node, List<(PropertyDefinition Node, BoundClassMember Member)> fields, bool isStatic)
    {
        var function = new FunctionSymbol(isStatic ? "<static_initializer>" : "<instance_members_initializer>", FunctionKind.Method, isStrict: true, _function, _scope, Span(node))
        {
            SourceStart = node.Start,
            SourceEnd = node.End,
        };
        return BindInFunction(function, () =>
        {
            var statements = ImmutableArray.CreateBuilder<BoundStatement>(fields.Count);
            foreach (var (field, member) in fields)
            {
                var span = Span(field);
                BoundExpression key = member.KeySymbol is not null
                    ? Reference(member.KeySymbol, field)
                    : new BoundLiteral(ConstantValue.FromString(member.Name!), span);
                // Each initializer is a statement of its own: an array pattern in it closes its iterator there.
                _openIterators = null;
                BoundExpression value = field.Value is null
                    ? new BoundLiteral(ConstantValue.Undefined, span)
                    : member.Name is not null ? BindNamedExpression(field.Value, member.Name) : BindExpression(field.Value);
                var define = new BoundIntrinsic(IntrinsicKind.DefineField, [BindThis(field), key, value], span);
                statements.Add(CloseOpenIterators(new BoundExpressionStatement(define, span))!);
            }
            return new BoundFunction(function, new BoundBlock(function.Scope, statements.MoveToImmutable(), Span(node)));
        });
    }

    /// <summary>Binds the body of a synthesized method <paramref name="function"/> (nested in the current function) with the binder's per-function state saved.</summary>
    private BoundFunction BindInFunction(FunctionSymbol function, Func<BoundFunction> bind)
    {
        _function.NestedFunctions.Add(function);
        var (savedFunction, savedScope, savedLabels, savedAnnexB, savedOpenIterators) = (_function, _scope, _labels, _annexB, _openIterators);
        _function = function;
        _scope = function.Scope;
        _labels = LabelContext.Empty;
        _openIterators = null;
        try
        {
            return bind();
        }
        finally
        {
            (_function, _scope, _labels, _annexB, _openIterators) = (savedFunction, savedScope, savedLabels, savedAnnexB, savedOpenIterators);
        }
    }

    /// <summary>static { ... }: a method body run once with this = the class (its vars are its own).</summary>
    private BoundFunction BindStaticBlock(StaticBlock block)
    {
        var function = new FunctionSymbol("<static_initializer>", FunctionKind.Method, isStrict: true, _function, _scope, Span(block))
        {
            SourceStart = block.Start,
            SourceEnd = block.End,
        };
        return BindInFunction(function, () => new BoundFunction(function, BindFunctionBody(function, block.Body, block)));
    }

    private BoundFunction BindClassConstructor(MethodDefinition node, FunctionKind kind, string className)
    {
        var value = (FunctionExpression)node.Value;
        var saved = _annexB;
        try
        {
            var function = BindFunction(value, kind, className, value.Params, value.Body, selfName: null);
            return kind == FunctionKind.DerivedConstructor ? CompleteDerivedConstructor(function) : function;
        }
        finally
        {
            _annexB = saved;
        }
    }

    /// <summary>
    /// ClassDefinitionEvaluation step 14: `constructor() {}` for a base class, and for a derived one
    /// `constructor(...args) { super(...args); }` with the arguments passed on as they are (the spec's
    /// default constructor does not iterate an array).
    /// </summary>
    private BoundFunction BindDefaultConstructor(Node classNode, FunctionKind kind, string className)
    {
        var span = Span(classNode);
        var function = new FunctionSymbol(className, kind, isStrict: true, _function, _scope, span)
        {
            SourceStart = classNode.Start,
            SourceEnd = classNode.End,
        };
        if (kind != FunctionKind.DerivedConstructor)
        {
            _function.NestedFunctions.Add(function);
            return new BoundFunction(function, new BoundBlock(function.Scope, [], span));
        }

        function.ForwardsArguments = true;
        return BindInFunction(function, () =>
        {
            var superCall = MakeSuperCall(classNode, [], forwardArguments: true);
            var body = new BoundBlock(function.Scope, [new BoundExpressionStatement(superCall, span)], span);
            return CompleteDerivedConstructor(new BoundFunction(function, body));
        });
    }

    /// <summary>A derived constructor's body ends with `return;` (lowering applies the result rule to every return).</summary>
    private static BoundFunction CompleteDerivedConstructor(BoundFunction constructor)
    {
        var symbol = constructor.Symbol;
        symbol.ThisSymbol ??= symbol.Scope.Declare("this", VariableKind.This);
        symbol.ThisSymbol.IsReferenced = true;
        symbol.ThisSymbol.HasTdzReferences = true;
        var body = constructor.Body;
        var end = new BoundReturn(null, new Diagnostics.SourceSpan(body.Span.Path, body.Span.EndLine, body.Span.EndColumn, body.Span.EndLine, body.Span.EndColumn));
        return new BoundFunction(symbol, new BoundBlock(body.Scope, body.Statements.Add(end), body.Span));
    }

    /// <summary>The nearest non-arrow function: the owner of this, new.target and the super bindings.</summary>
    private FunctionSymbol ThisFunction()
    {
        var function = _function;
        while (function.IsArrow) function = function.Parent!;
        return function;
    }

    /// <summary>`this` in a derived constructor (or an arrow in it): checked against the uninitialized state.</summary>
    private BoundExpression DerivedThis(FunctionSymbol constructor, Node node)
    {
        var reference = Reference(constructor.ThisSymbol!, node);
        constructor.ThisSymbol!.HasTdzReferences = true;
        return new BoundVariable(reference.Symbol, needsTdzCheck: true, reference.Span);
    }

    private BoundVariable FunctionObject(FunctionSymbol function, Node node)
    {
        function.FunctionObjectSymbol ??= function.Scope.Declare("%func", VariableKind.FunctionSelfName);
        return Reference(function.FunctionObjectSymbol, node);
    }

    /// <summary>
    /// new.target: the constructor's binding, or undefined where no [[Construct]] can reach (methods,
    /// accessors, the top level). In direct eval code (which parses it only when its caller is in a
    /// function) it is the caller's, passed to the program as an argument.
    /// </summary>
    private BoundExpression BindNewTarget(MetaProperty node)
    {
        var function = ThisFunction();
        if (!function.IsConstructor && function.Kind != FunctionKind.Eval) return new BoundLiteral(ConstantValue.Undefined, Span(node));
        function.NewTargetSymbol ??= function.Scope.Declare("new.target", VariableKind.NewTarget);
        return Reference(function.NewTargetSymbol, node);
    }

    /// <summary>super(args): Acornima allows it only in a derived constructor and in arrows inside one.</summary>
    private BoundExpression BindSuperCall(CallExpression call) => MakeSuperCall(call, BindArguments(call.Arguments), forwardArguments: false);

    private BoundExpression MakeSuperCall(Node node, ImmutableArray<BoundExpression> arguments, bool forwardArguments)
    {
        var constructor = ThisFunction();
        if (constructor.Kind != FunctionKind.DerivedConstructor) return Unexpected(node);
        var function = FunctionObject(constructor, node);
        constructor.NewTargetSymbol ??= constructor.Scope.Declare("new.target", VariableKind.NewTarget);
        var newTarget = Reference(constructor.NewTargetSymbol, node);
        constructor.ThisSymbol ??= constructor.Scope.Declare("this", VariableKind.This);
        var thisBinding = Reference(constructor.ThisSymbol, node, isWrite: true);
        return new BoundSuperCall(function, newTarget, thisBinding, arguments, forwardArguments, Span(node));
    }

    /// <summary>super.name / super[key]: this first (it may be uninitialized), then the key.</summary>
    private BoundExpression BindSuperMember(MemberExpression member)
    {
        var function = ThisFunction();
        function.NeedsHomeObject = true;
        var thisValue = BindThis(member);
        var functionObject = FunctionObject(function, member);
        if (!member.Computed)
            return new BoundSuperMember(thisValue, functionObject, ((Identifier)member.Property).Name, null, _function.IsStrict, Span(member));
        if (member.Property is StringLiteral s)
            return new BoundSuperMember(thisValue, functionObject, s.Value, null, _function.IsStrict, Span(member));
        return new BoundSuperMember(thisValue, functionObject, null, BindExpression(member.Property), _function.IsStrict, Span(member));
    }
}
