// The environment class of a scope a direct eval can see (Scope.IsDynamic): it derives from the
// runtime's ScopeEnvironment and exposes its fields by name. Slot i of GetSlot/SetSlot is the i-th
// name of the shared ScopeDescriptor (a static field built by the class's type initializer); a With
// scope has no names and its slot 0 is the with object.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class EnvironmentLayout
{
    private void DefineScopeEnvironment()
    {
        var slots = new List<FieldBuilder>();
        var names = new List<string>();
        var flags = new List<byte>();
        FieldBuilder? withObject = null;
        foreach (var v in Scope.Variables)
        {
            if (!v.IsCaptured || v.Kind == VariableKind.This) continue;
            if (v.Kind == VariableKind.Temp)
            {
                if (Scope.Kind == ScopeKind.With) withObject = _fields[v];
                continue;
            }
            if (Scope.Lookup(v.Name) != v) continue; // a duplicate parameter name: the last one is the binding
            slots.Add(_fields[v]);
            names.Add(v.Name);
            flags.Add(RuntimeMembers.ScopeBindingFlagsCode(
                lexical: v.Kind is VariableKind.Let or VariableKind.Const or VariableKind.BlockFunction,
                isConst: v.Kind == VariableKind.Const,
                selfName: v.Kind == VariableKind.FunctionSelfName));
        }
        if (withObject is not null) slots.Add(withObject);

        int kind = RuntimeMembers.ScopeEnvironmentKindCode(
            isWith: Scope.Kind == ScopeKind.With,
            // The var scope, and the parameter scope before a separate var scope (an eval in a parameter
            // expression declares its vars there).
            isVar: (Scope == Scope.Function.VarScope || Scope == Scope.Function.Scope) && !Scope.Function.IsStrict
                && Scope.Function.Kind is not (FunctionKind.Script or FunctionKind.Eval));

        // static readonly ScopeDescriptor s_descriptor = new(kind, names, flags);
        var descriptor = Type.DefineField("s_descriptor", RuntimeMembers.ScopeDescriptor, FieldAttributes.Private | FieldAttributes.Static | FieldAttributes.InitOnly);
        var cctor = Type.DefineTypeInitializer();
        cctor.SetImplementationFlags(FunctionPlan.RunOnceFlags);
        var il = cctor.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4, kind);
        ModuleContext.EmitStringArray(il, names);
        il.Emit(OpCodes.Ldc_I4, flags.Count);
        il.Emit(OpCodes.Newarr, typeof(byte));
        for (int i = 0; i < flags.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldc_I4, (int)flags[i]);
            il.Emit(OpCodes.Stelem_I1);
        }
        il.Emit(OpCodes.Newobj, RuntimeMembers.ScopeDescriptorCtor);
        il.Emit(OpCodes.Stsfld, descriptor);
        il.Emit(OpCodes.Ret);

        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        var getDescriptor = Type.DefineMethod("get_Descriptor", attributes | MethodAttributes.SpecialName, RuntimeMembers.ScopeDescriptor, System.Type.EmptyTypes);
        il = getDescriptor.GetILGenerator();
        il.Emit(OpCodes.Ldsfld, descriptor);
        il.Emit(OpCodes.Ret);
        Type.DefineMethodOverride(getDescriptor, RuntimeMembers.ScopeEnvironmentDescriptor);

        var getSlot = Type.DefineMethod("GetSlot", attributes, RuntimeMembers.JsValue, [typeof(int)]);
        il = getSlot.GetILGenerator();
        var labels = slots.Select(_ => il.DefineLabel()).ToArray();
        if (labels.Length > 0)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Switch, labels);
        }
        il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        il.Emit(OpCodes.Ret);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, slots[i]);
            il.Emit(OpCodes.Ret);
        }
        Type.DefineMethodOverride(getSlot, RuntimeMembers.ScopeEnvironmentGetSlot);

        var setSlot = Type.DefineMethod("SetSlot", attributes, typeof(void), [typeof(int), RuntimeMembers.JsValue]);
        il = setSlot.GetILGenerator();
        labels = slots.Select(_ => il.DefineLabel()).ToArray();
        if (labels.Length > 0)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Switch, labels);
        }
        il.Emit(OpCodes.Ret);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Stfld, slots[i]);
            il.Emit(OpCodes.Ret);
        }
        Type.DefineMethodOverride(setSlot, RuntimeMembers.ScopeEnvironmentSetSlot);
    }
}
