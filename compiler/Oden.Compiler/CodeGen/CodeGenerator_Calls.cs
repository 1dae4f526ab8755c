// Calls, construction, closures, and array and object literals.
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private const int MaxRegisterArguments = 3;

    /// <summary>
    /// callee(args). A member callee is a method call through the site's cache (this = receiver); an
    /// index callee reads the function with the receiver kept as this; anything else gets this =
    /// undefined. The callee is always read before the arguments are evaluated (EvaluateCall). Up to three arguments travel in registers (Call0..Call3), more in an array.
    /// </summary>
    private void EmitCall(BoundCall call)
    {
        var arguments = call.Arguments;
        if (call.Callee is BoundSuperMember super)
        {
            EmitSuperMethodCall(call, super);
            return;
        }
        if (call.Callee is BoundMember member)
        {
            // EvaluateCall: the method is read (GetMethod, through the site's cache) before the
            // arguments; CallMethodK checks it is callable after them and calls it with this = receiver.
            var site = _module.PropertySite(member.Name);
            var receiver = RentTemp(RuntimeMembers.JsValue);
            EmitExpression(member.Receiver, used: true);
            _il.Emit(OpCodes.Stloc, receiver);
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldloc, _realm);
            bool shadowed = TryGetObjectShadow(member.Receiver, out var shadow);
            if (shadowed) _il.Emit(OpCodes.Ldloc, shadow!);
            _il.Emit(OpCodes.Ldloc, receiver);
            EmitLoadPropertySite(site);
            MarkSequencePoint(member.Span);
            _il.Emit(OpCodes.Call, shadowed ? RuntimeMembers.GetMethodOn : RuntimeMembers.GetMethod);
            _il.Emit(OpCodes.Ldloc, receiver);
            ReturnTemp(receiver);
            // A guarded intrinsic takes its arguments in registers, even past three (a.push(a, b, c, d)).
            var intrinsic = IsArgumentArray(arguments) ? null : RuntimeMembers.IntrinsicCall(member.Name, arguments.Length);
            bool inArray;
            if (intrinsic is not null)
            {
                foreach (var a in arguments) EmitExpression(a, used: true);
                inArray = false;
            }
            else
            {
                inArray = EmitArguments(arguments);
            }
            EmitLoadModuleConstant(site);
            MarkSequencePoint(call.Span);
            _il.Emit(OpCodes.Call, inArray ? RuntimeMembers.CallMethodN : intrinsic ?? RuntimeMembers.CallMethodK[arguments.Length]);
            return;
        }

        if (call.Callee is BoundVariable { NeedsTdzCheck: false } variable
            && !IsArgumentArray(arguments)
            && _context.KnownFunction(variable.Symbol) is { UsesArgumentSpan: false } known)
        {
            EmitDirectCall(call, variable.Symbol, known);
            return;
        }

        _il.Emit(OpCodes.Ldloc, _realm);
        if (call.Callee is BoundIndex index)
        {
            // f = receiver[key]; call f with this = receiver.
            var receiver = RentTemp(RuntimeMembers.JsValue);
            EmitExpression(index.Receiver, used: true);
            _il.Emit(OpCodes.Stloc, receiver);
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldloc, receiver);
            EmitExpression(index.Key, used: true);
            MarkSequencePoint(index.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.GetElement);
            _il.Emit(OpCodes.Ldloc, receiver);
            ReturnTemp(receiver);
        }
        else if (call.Callee is BoundDynamicName dynamic)
        {
            EmitDynamicCallee(dynamic); // this = the with object the name resolved to
        }
        else
        {
            EmitExpression(call.Callee, used: true);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        }
        bool argumentArray = EmitArguments(arguments);
        _il.Emit(OpCodes.Ldstr, Describe(call.Callee));
        MarkSequencePoint(call.Span);
        _il.Emit(OpCodes.Call, argumentArray ? RuntimeMembers.CallN : RuntimeMembers.CallK[arguments.Length]);
    }

    /// <summary>
    /// f(args) where f is a known function declaration: the body method is called directly (this =
    /// undefined, arguments padded with undefined or evaluated and dropped to fit the arity) instead
    /// of through Ops.CallN and the closure's virtual entry.
    /// </summary>
    private void EmitDirectCall(BoundCall call, VariableSymbol callee, FunctionPlan target)
    {
        EmitLoad(callee);
        _il.Emit(OpCodes.Call, RuntimeMembers.KnownObject);
        _il.Emit(OpCodes.Castclass, target.ClosureType);
        _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        int arity = target.Symbol.Parameters.Count;
        for (int i = 0; i < Math.Max(arity, call.Arguments.Length); i++)
        {
            if (i >= call.Arguments.Length) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
            else EmitExpression(call.Arguments[i], used: i < arity);
        }
        if (target.HasNewTargetArgument) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        MarkSequencePoint(call.Span);
        _il.Emit(OpCodes.Call, target.Body);
    }

    private void EmitNew(BoundNew node)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(node.Callee, used: true);
        bool argumentArray = EmitArguments(node.Arguments);
        _il.Emit(OpCodes.Ldstr, Describe(node.Callee));
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, argumentArray ? RuntimeMembers.NewN : RuntimeMembers.NewK[node.Arguments.Length]);
    }

    /// <summary>Up to three values on the stack, or one JsValue[] with all of them (true).</summary>
    private bool EmitArguments(System.Collections.Immutable.ImmutableArray<BoundExpression> arguments)
    {
        if (IsArgumentArray(arguments))
        {
            EmitExpression(arguments[0], used: true); // spread: the binder's ArgumentArray
            return true;
        }
        if (arguments.Length <= MaxRegisterArguments)
        {
            foreach (var a in arguments) EmitExpression(a, used: true);
            return false;
        }
        EmitValueArray(arguments);
        return true;
    }

    /// <summary>How an error message names a callee: "f", "o.m", "this.x.y", else "expression".</summary>
    private static string Describe(BoundExpression callee) => callee switch
    {
        BoundVariable { Symbol.Kind: VariableKind.This } => "this",
        BoundVariable v => v.Symbol.Name,
        BoundGlobal g => g.Name,
        BoundDynamicName d => d.Name,
        BoundMember m => Describe(m.Receiver) + "." + m.Name,
        BoundIndex i => Describe(i.Receiver) + "[...]",
        BoundFunctionExpression => "(intermediate value)",
        _ => "expression",
    };

    /// <summary>new ClosureN(realm[, env]) as a JsValue.</summary>
    private void EmitClosure(BoundFunction function)
    {
        var plan = _context.PlanOf(function.Symbol);
        _il.Emit(OpCodes.Ldloc, _realm);
        if (plan.OuterEnvironment is not null) EmitLoadEnvironment(plan.OuterEnvironment.Scope);
        _il.Emit(OpCodes.Newobj, plan.Constructor);
        _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromFunction);
    }

    private void EmitArrayLiteral(BoundArrayLiteral array)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldc_I4, array.Elements.Length);
        _il.Emit(OpCodes.Newarr, RuntimeMembers.JsValue);
        for (int i = 0; i < array.Elements.Length; i++)
        {
            var element = array.Elements[i];
            if (element is BoundLiteral { Value.Kind: ConstantKind.Undefined }) continue; // the array starts as undefined
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            if (element is null) _il.Emit(OpCodes.Call, RuntimeMembers.Hole);
            else EmitExpression(element, used: true);
            _il.Emit(OpCodes.Stelem, RuntimeMembers.JsValue);
        }
        _il.Emit(OpCodes.Call, RuntimeMembers.NewArray);
        _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
    }

    /// <summary>
    /// An object literal. With only distinct, static, non-index data keys the shape is built once (a
    /// static field) and values go straight into slots; otherwise properties are defined one by one,
    /// in source order (keys converted with ToPropertyKey before their value is evaluated).
    /// </summary>
    private void EmitObjectLiteral(BoundObjectLiteral obj)
    {
        var temp = RentTemp(RuntimeMembers.JsObject);
        var properties = obj.Properties;
        if (HasStaticShape(properties))
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            EmitLoadModuleConstant(_module.LiteralShape(properties.Select(p => p.Name!).ToList()));
            _il.Emit(OpCodes.Call, RuntimeMembers.NewObjectWithShape);
            _il.Emit(OpCodes.Stloc, temp);
            for (int i = 0; i < properties.Length; i++)
            {
                _il.Emit(OpCodes.Ldloc, temp);
                _il.Emit(OpCodes.Ldc_I4, i);
                EmitPropertyValue(temp, properties[i].Value);
                _il.Emit(OpCodes.Call, RuntimeMembers.InitSlot);
            }
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Call, RuntimeMembers.NewObject);
            _il.Emit(OpCodes.Stloc, temp);
            foreach (var property in properties) EmitObjectProperty(temp, property);
        }
        _il.Emit(OpCodes.Ldloc, temp);
        ReturnTemp(temp);
        _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
    }

    private static bool HasStaticShape(System.Collections.Immutable.ImmutableArray<BoundObjectProperty> properties)
    {
        if (properties.Length == 0 || properties.Length > 64) return false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            if (p.PropertyKind != ObjectPropertyKind.Value || p.Name is null || RuntimeMembers.IsArrayIndex(p.Name) || !names.Add(p.Name))
                return false;
        }
        return true;
    }

    private void EmitObjectProperty(LocalBuilder obj, BoundObjectProperty property)
    {
        if (NeedsRuntimeName(property))
        {
            EmitComputedNamedProperty(obj, property);
            return;
        }
        switch (property.PropertyKind)
        {
            case ObjectPropertyKind.Prototype:
                _il.Emit(OpCodes.Ldloc, obj);
                EmitPropertyValue(obj, property.Value);
                _il.Emit(OpCodes.Call, RuntimeMembers.SetLiteralPrototype);
                return;
            case ObjectPropertyKind.Spread:
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Ldloc, obj);
                EmitExpression(property.Value, used: true);
                MarkSequencePoint(property.Value.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.CopyDataProperties);
                return;
            case ObjectPropertyKind.Getter:
            case ObjectPropertyKind.Setter:
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Ldloc, obj);
                EmitPropertyKey(property);
                if (property.PropertyKind == ObjectPropertyKind.Getter)
                {
                    EmitPropertyValue(obj, property.Value);
                    _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                }
                else
                {
                    _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                    EmitPropertyValue(obj, property.Value);
                }
                _il.Emit(OpCodes.Call, RuntimeMembers.DefineAccessor);
                return;
        }
        var staticName = StaticName(property);
        if (staticName is not null)
        {
            _il.Emit(OpCodes.Ldloc, obj);
            _il.Emit(OpCodes.Ldstr, staticName);
            EmitPropertyValue(obj, property.Value);
            _il.Emit(OpCodes.Call, RuntimeMembers.DefineNamedDataProperty);
            return;
        }
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldloc, obj);
        EmitPropertyKey(property);
        EmitPropertyValue(obj, property.Value);
        _il.Emit(OpCodes.Call, RuntimeMembers.DefineDataProperty);
    }

    /// <summary>An anonymous function under a computed key: its name comes from the key at run time.</summary>
    private static bool NeedsRuntimeName(BoundObjectProperty property) =>
        StaticName(property) is null
        && property.PropertyKind is not (ObjectPropertyKind.Prototype or ObjectPropertyKind.Spread)
        && property.Value is BoundFunctionExpression { Function.Symbol.Name.Length: 0 };

    /// <summary>
    /// { [k]: function () {} }, { [k]() {} }, { get [k]() {} }: key (ToPropertyKey), then the function,
    /// SetFunctionName(function, key, prefix), then the definition.
    /// </summary>
    private void EmitComputedNamedProperty(LocalBuilder obj, BoundObjectProperty property)
    {
        var key = RentTemp(RuntimeMembers.JsValue);
        var value = RentTemp(RuntimeMembers.JsValue);
        EmitPropertyKey(property);
        _il.Emit(OpCodes.Stloc, key);
        EmitPropertyValue(obj, property.Value);
        _il.Emit(OpCodes.Stloc, value);
        EmitDefineUnderKey(obj, key, value, property.PropertyKind switch
        {
            ObjectPropertyKind.Getter => AccessorKind.Getter,
            ObjectPropertyKind.Setter => AccessorKind.Setter,
            _ => AccessorKind.None,
        }, nameFromKey: true, RuntimeMembers.DefineAccessor, RuntimeMembers.DefineDataProperty);
        ReturnTemp(value);
        ReturnTemp(key);
    }

    private enum AccessorKind { None, Getter, Setter }

    /// <summary>
    /// Defines a function held in <paramref name="value"/> on <paramref name="target"/> under the
    /// property key in <paramref name="key"/>: first SetFunctionName(value, key, "get"/"set") when the
    /// function is named from the key at run time, then defineAccessor(realm, target, key, get, set) or
    /// defineData(realm, target, key, value). Object literals and classes differ only in the definers
    /// (enumerable or not).
    /// </summary>
    private void EmitDefineUnderKey(LocalBuilder target, LocalBuilder key, LocalBuilder value, AccessorKind accessor, bool nameFromKey,
        System.Reflection.MethodInfo defineAccessor, System.Reflection.MethodInfo defineData)
    {
        if (nameFromKey)
        {
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ldloc, key);
            if (accessor == AccessorKind.None) _il.Emit(OpCodes.Ldnull);
            else _il.Emit(OpCodes.Ldstr, accessor == AccessorKind.Getter ? "get" : "set");
            _il.Emit(OpCodes.Call, RuntimeMembers.SetFunctionName);
        }

        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldloc, target);
        _il.Emit(OpCodes.Ldloc, key);
        switch (accessor)
        {
            case AccessorKind.Getter:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                _il.Emit(OpCodes.Call, defineAccessor);
                break;
            case AccessorKind.Setter:
                _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Call, defineAccessor);
                break;
            default:
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Call, defineData);
                break;
        }
    }

    /// <summary>A key known at compile time: a name, or a numeric literal formatted as JavaScript does.</summary>
    private static string? StaticName(BoundObjectProperty property) => property switch
    {
        { Name: { } name } => name,
        { ComputedKey: BoundLiteral { Value.Kind: ConstantKind.Number } n } => RuntimeMembers.NumberToString(n.Value.Number),
        { ComputedKey: BoundLiteral { Value.Kind: ConstantKind.String } s } => s.Value.String,
        _ => null,
    };

    /// <summary>Pushes the property key as a primitive JsValue (a computed key goes through ToPropertyKey now).</summary>
    private void EmitPropertyKey(BoundObjectProperty property)
    {
        var staticName = StaticName(property);
        if (staticName is not null)
        {
            _il.Emit(OpCodes.Ldstr, staticName);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromString);
            return;
        }
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(property.ComputedKey!, used: true);
        _il.Emit(OpCodes.Call, RuntimeMembers.ToPropertyKeyValue);
    }
}
