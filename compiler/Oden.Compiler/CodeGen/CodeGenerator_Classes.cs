// Classes, super and [[HomeObject]] (see docs/architecture.md, "Classes").
//
// class C extends B { constructor(a) { super(a); } m() { super.m(); } static s() {} get [k]() {} }
// becomes, in IL (ClassDefinitionEvaluation, https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation):
//   enter the class scope (C's inner binding in its TDZ)
//   $parent = B
//   $F = new ClosureC(realm[, env])                         the constructor (kind ClassConstructor)
//   $proto = Ops.CreateClass(realm, $F, $parent, true)     heritage checks, prototype, F.prototype,
//                                                          proto.constructor, F.[[HomeObject]] = proto
//   Ops.DefineClassMethod(realm, $proto, "m", SetHomeObject(closure m, $proto))
//   Ops.DefineClassMethod(realm, $F, "s", closure s)
//   $key = ToPropertyKey(k); Ops.DefineClassAccessor(realm, $proto, $key, SetFunctionName(closure, $key, "get"), undefined)
//   C(inner) = $F
//   value: $F
// super.x reads Ops.SuperGet(realm, %func, "x", this) — %func is the method's own function object,
// whose HomeObject's prototype is the base; super(...) is Ops.SuperConstructK(realm,
// GetSuperConstructor(%func), args, new.target) followed by the binding of `this`.
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitClass(BoundClass node)
    {
        if (node.Scope is not null) EnterScope(node.Scope);

        // 8. The heritage, evaluated in the class scope.
        var parent = RentTemp(RuntimeMembers.JsValue);
        if (node.Heritage is not null)
        {
            EmitExpression(node.Heritage, used: true);
            _il.Emit(OpCodes.Stloc, parent);
        }

        // 14. The constructor closure; 5-9, 16-18: CreateClass links it to its parent and prototype.
        var constructor = RentTemp(RuntimeMembers.JsValue);
        var proto = RentTemp(RuntimeMembers.JsObject);
        EmitClosure(node.Constructor);
        _il.Emit(OpCodes.Stloc, constructor);
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldloc, constructor);
        if (node.Heritage is not null) _il.Emit(OpCodes.Ldloc, parent);
        else _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        _il.Emit(node.Heritage is not null ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.CreateClass);
        _il.Emit(OpCodes.Stloc, proto);
        ReturnTemp(parent);

        // 20-21. The elements in source order, static ones on F, the others on the prototype.
        var home = RentTemp(RuntimeMembers.JsObject);
        foreach (var member in node.Members)
        {
            if (member.IsStatic)
            {
                _il.Emit(OpCodes.Ldloc, constructor);
                _il.Emit(OpCodes.Call, RuntimeMembers.KnownObject);
                _il.Emit(OpCodes.Stloc, home);
            }
            if (member.MemberKind == ClassMemberKind.Field) EmitFieldKey(member);
            else EmitClassMember(member, member.IsStatic ? home : proto);
        }

        // 27. Initialize the inner binding.
        if (node.InnerBinding is not null)
        {
            _il.Emit(OpCodes.Ldloc, constructor);
            EmitStore(node.InnerBinding);
        }

        // 29. F.[[Fields]]: the instance fields' initializer, a method of the prototype.
        if (node.InstanceInitializer is not null)
        {
            _il.Emit(OpCodes.Ldloc, constructor);
            EmitMethodClosure(node.InstanceInitializer, proto);
            _il.Emit(OpCodes.Call, RuntimeMembers.SetFieldInitializer);
        }

        // 31. Static fields and static blocks, in order, with this = F.
        if (node.StaticInitializers.Length > 0)
        {
            _il.Emit(OpCodes.Ldloc, constructor);
            _il.Emit(OpCodes.Call, RuntimeMembers.KnownObject);
            _il.Emit(OpCodes.Stloc, home);
            foreach (var initializer in node.StaticInitializers)
            {
                EmitMethodClosure(initializer, home);
                _il.Emit(OpCodes.Ldloc, constructor);
                _il.Emit(OpCodes.Call, RuntimeMembers.RunStaticInitializer);
            }
        }
        ReturnTemp(home);
        ReturnTemp(proto);
        _il.Emit(OpCodes.Ldloc, constructor);
        ReturnTemp(constructor);
    }

    /// <summary>
    /// One method or accessor: key (ToPropertyKey, once), closure (with its home object when it uses
    /// super, and its name from the key when the key is computed), then the definition.
    /// </summary>
    private void EmitClassMember(BoundClassMember member, LocalBuilder home)
    {
        var key = RentTemp(RuntimeMembers.JsValue);
        var value = RentTemp(RuntimeMembers.JsValue);
        string? staticName = member.Name ?? (member.ComputedKey is BoundLiteral { Value.Kind: ConstantKind.String } s ? s.Value.String : null);
        if (staticName is not null)
        {
            _il.Emit(OpCodes.Ldstr, staticName);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromString);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            EmitExpression(member.ComputedKey!, used: true);
            _il.Emit(OpCodes.Call, RuntimeMembers.ToPropertyKeyValue);
        }
        _il.Emit(OpCodes.Stloc, key);

        var function = member.Function!;
        EmitMethodClosure(function, home);
        _il.Emit(OpCodes.Stloc, value);
        EmitDefineUnderKey(home, key, value, member.MemberKind switch
        {
            ClassMemberKind.Getter => AccessorKind.Getter,
            ClassMemberKind.Setter => AccessorKind.Setter,
            _ => AccessorKind.None,
        }, nameFromKey: function.Symbol.Name.Length == 0, RuntimeMembers.DefineClassAccessor, RuntimeMembers.DefineClassMethod);
        ReturnTemp(value);
        ReturnTemp(key);
    }

    /// <summary>A closure of a class-defined method, with its home object when it uses super.</summary>
    private void EmitMethodClosure(BoundFunction function, LocalBuilder home)
    {
        EmitClosure(function);
        if (function.Symbol.NeedsHomeObject)
        {
            _il.Emit(OpCodes.Ldloc, home);
            _il.Emit(OpCodes.Call, RuntimeMembers.SetHomeObject);
        }
    }

    /// <summary>A field's computed key: ToPropertyKey now, kept for the initializer.</summary>
    private void EmitFieldKey(BoundClassMember field)
    {
        if (field.KeySymbol is null) return;
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(field.ComputedKey!, used: true);
        _il.Emit(OpCodes.Call, RuntimeMembers.ToPropertyKeyValue);
        EmitStore(field.KeySymbol);
    }

    /// <summary>An object literal's property value: a method that uses super gets the literal as its [[HomeObject]].</summary>
    private void EmitPropertyValue(LocalBuilder obj, BoundExpression value)
    {
        EmitExpression(value, used: true);
        if (value is BoundFunctionExpression { Function.Symbol.NeedsHomeObject: true })
        {
            _il.Emit(OpCodes.Ldloc, obj);
            _il.Emit(OpCodes.Call, RuntimeMembers.SetHomeObject);
        }
    }

    // ---- super.x -----------------------------------------------------------------------------------

    /// <summary>Pushes realm, the function object, the key (a primitive) and this, in evaluation order: this, key.</summary>
    private void EmitSuperReference(BoundSuperMember node)
    {
        var thisValue = RentTemp(RuntimeMembers.JsValue);
        EmitExpression(node.This, used: true);
        _il.Emit(OpCodes.Stloc, thisValue);
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(node.Function, used: true);
        EmitSuperKey(node);
        _il.Emit(OpCodes.Ldloc, thisValue);
        ReturnTemp(thisValue);
    }

    private void EmitSuperKey(BoundSuperMember node)
    {
        if (node.Key is null)
        {
            _il.Emit(OpCodes.Ldstr, node.Name!);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromString);
        }
        else
        {
            EmitExpression(node.Key, used: true);
        }
    }

    private void EmitSuperGet(BoundSuperMember node)
    {
        EmitSuperReference(node);
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.SuperGet);
    }

    /// <summary>super.x = v: this, key, then v, then [[Set]] on the base with this as the receiver.</summary>
    private void EmitSuperAssignment(BoundSuperMember target, BoundExpression value, bool used)
    {
        var thisValue = RentTemp(RuntimeMembers.JsValue);
        var key = RentTemp(RuntimeMembers.JsValue);
        EmitExpression(target.This, used: true);
        _il.Emit(OpCodes.Stloc, thisValue);
        EmitSuperKey(target);
        _il.Emit(OpCodes.Stloc, key);
        var result = RentTemp(RuntimeMembers.JsValue);
        EmitExpression(value, used: true);
        _il.Emit(OpCodes.Stloc, result);
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(target.Function, used: true);
        _il.Emit(OpCodes.Ldloc, key);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Ldloc, thisValue);
        _il.Emit(target.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        MarkSequencePoint(target.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.SuperSet);
        if (used) _il.Emit(OpCodes.Ldloc, result);
        ReturnTemp(result);
        ReturnTemp(key);
        ReturnTemp(thisValue);
    }

    /// <summary>super.m(args): the method is read from the base, and called with this.</summary>
    private void EmitSuperMethodCall(BoundCall call, BoundSuperMember callee)
    {
        var thisValue = RentTemp(RuntimeMembers.JsValue);
        EmitExpression(callee.This, used: true);
        _il.Emit(OpCodes.Stloc, thisValue);
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(callee.Function, used: true);
        EmitSuperKey(callee);
        _il.Emit(OpCodes.Ldloc, thisValue);
        MarkSequencePoint(callee.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.SuperGet);
        _il.Emit(OpCodes.Ldloc, thisValue);
        ReturnTemp(thisValue);
        bool argumentArray = EmitArguments(call.Arguments);
        _il.Emit(OpCodes.Ldstr, callee.Name is null ? "(intermediate value)[...]" : "(intermediate value)." + callee.Name);
        MarkSequencePoint(call.Span);
        _il.Emit(OpCodes.Call, argumentArray ? RuntimeMembers.CallN : RuntimeMembers.CallK[call.Arguments.Length]);
    }

    /// <summary>delete super.x: the key is evaluated (after this), then a ReferenceError.</summary>
    private void EmitSuperDelete(BoundSuperMember node)
    {
        EmitExpression(node.This, used: false);
        EmitSuperKey(node);
        _il.Emit(OpCodes.Pop);
        _il.Emit(OpCodes.Ldloc, _realm);
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.SuperDeleteError);
        _il.Emit(OpCodes.Throw);
    }

    // ---- super(...) --------------------------------------------------------------------------------

    /// <summary>
    /// https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation: GetSuperConstructor,
    /// the arguments, Construct(func, args, new.target) (a TypeError when func is not a constructor),
    /// then BindThisValue (a ReferenceError when this is already bound). The value is this.
    /// </summary>
    private void EmitSuperCall(BoundSuperCall node)
    {
        var result = RentTemp(RuntimeMembers.JsValue);
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(node.Function, used: true);
        _il.Emit(OpCodes.Call, RuntimeMembers.GetSuperConstructor);
        if (node.ForwardArguments)
        {
            _il.Emit(OpCodes.Ldarg_2);
            EmitExpression(node.NewTarget, used: true);
            MarkSequencePoint(node.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.SuperConstructForward);
        }
        else
        {
            bool argumentArray = EmitArguments(node.Arguments);
            EmitExpression(node.NewTarget, used: true);
            MarkSequencePoint(node.Span);
            _il.Emit(OpCodes.Call, argumentArray ? RuntimeMembers.SuperConstructN : RuntimeMembers.SuperConstructK[node.Arguments.Length]);
        }
        _il.Emit(OpCodes.Stloc, result);

        // BindThisValue: this must still be uninitialized.
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitLoad(node.ThisBinding.Symbol);
        _il.Emit(OpCodes.Ldloc, result);
        _il.Emit(OpCodes.Call, RuntimeMembers.BindThisValue);
        _il.Emit(OpCodes.Dup);
        EmitStore(node.ThisBinding.Symbol);
        if (node.ThisBinding.Symbol.Function.HasInstanceFields)
        {
            // InitializeInstanceElements(this, F) right after the binding.
            _il.Emit(OpCodes.Dup);
            EmitExpression(node.Function, used: true);
            _il.Emit(OpCodes.Call, RuntimeMembers.InitializeInstanceElements);
        }
        ReturnTemp(result);
    }

    /// <summary>DefineField(object, key, value): key and value are evaluated in order, then the definition.</summary>
    private void EmitDefineField(BoundIntrinsic node)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(node.Arguments[0], used: true);
        EmitExpression(node.Arguments[1], used: true);
        EmitExpression(node.Arguments[2], used: true);
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.DefineField);
    }

    private void EmitDerivedConstructorResult(BoundIntrinsic node)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(node.Arguments[0], used: true);
        EmitExpression(node.Arguments[1], used: true);
        _il.Emit(OpCodes.Call, RuntimeMembers.DerivedConstructorResult);
    }

    // ---- function entry ----------------------------------------------------------------------------

    /// <summary>Prologue: new.target and the function object move into the environment when closures capture them.</summary>
    private void EmitClassPrologue()
    {
        if (_function.NewTargetSymbol is { IsCaptured: true } newTarget)
        {
            EmitLdarg(_plan.NewTargetArgumentIndex);
            EmitStore(newTarget);
        }
        if (_function.FunctionObjectSymbol is { IsCaptured: true } functionObject)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromFunction);
            EmitStore(functionObject);
        }
    }
}
