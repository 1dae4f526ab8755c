// The environment class of one scope whose bindings closures capture: a JsValue field per captured
// binding and a typed Parent link to the next enclosing environment. A new instance is created each
// time the scope is entered (so per loop iteration for a loop body's block), and copied for
// CreatePerIterationEnvironment.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class EnvironmentLayout
{
    private readonly Dictionary<VariableSymbol, FieldBuilder> _fields = new();

    public EnvironmentLayout(EmitContext context, Scope scope, EnvironmentLayout? parent, bool mapsArguments)
    {
        Scope = scope;
        ParentLayout = parent;
        int id = context.NextId();
        Type = context.Module.DefineType($"{context.Namespace}.Env{id}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
            scope.IsDynamic ? RuntimeMembers.ScopeEnvironment : null);
        if (parent is not null)
            Parent = Type.DefineField("Parent", parent.Type, FieldAttributes.Public);
        int n = 0;
        foreach (var v in scope.Variables)
        {
            if (!v.IsCaptured) continue;
            _fields[v] = Type.DefineField($"{v.Name}_{n++}", RuntimeMembers.JsValue, FieldAttributes.Public);
        }
        Constructor = Type.DefineDefaultConstructor(MethodAttributes.Public);
        if (mapsArguments) DefineArgumentsMap(scope.Function);
        if (scope.IsDynamic) DefineScopeEnvironment();
    }

    public Scope Scope { get; }
    public EnvironmentLayout? ParentLayout { get; }
    public TypeBuilder Type { get; }
    public FieldBuilder? Parent { get; }
    public ConstructorInfo Constructor { get; }

    public FieldBuilder FieldOf(VariableSymbol symbol) =>
        _fields.TryGetValue(symbol, out var field) ? field : throw new InvalidOperationException($"'{symbol.Name}' is not captured in {Scope.Kind} scope");

    public IEnumerable<FieldBuilder> Fields => _fields.Values;

    /// <summary>
    /// A mapped arguments object reads and writes parameter i through Get(i)/Set(i, v)
    /// (https://tc39.es/ecma262/#sec-makearggetter). With a duplicated name, the last parameter of
    /// that name is the binding, as in the spec's mappedNames.
    /// </summary>
    private void DefineArgumentsMap(FunctionSymbol function)
    {
        Type.AddInterfaceImplementation(RuntimeMembers.IArgumentsMap);
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot;
        var parameters = function.Parameters.Select(p => function.Scope.Lookup(p.Name) ?? p).ToList();

        var get = Type.DefineMethod("Get", attributes, RuntimeMembers.JsValue, [typeof(int)]);
        var il = get.GetILGenerator();
        var labels = parameters.Select(_ => il.DefineLabel()).ToArray();
        var fallback = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Switch, labels);
        il.Emit(OpCodes.Br, fallback);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, FieldOf(parameters[i]));
            il.Emit(OpCodes.Ret);
        }
        il.MarkLabel(fallback);
        il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        il.Emit(OpCodes.Ret);
        Type.DefineMethodOverride(get, RuntimeMembers.ArgumentsMapGet);

        var set = Type.DefineMethod("Set", attributes, typeof(void), [typeof(int), RuntimeMembers.JsValue]);
        il = set.GetILGenerator();
        labels = parameters.Select(_ => il.DefineLabel()).ToArray();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Switch, labels);
        il.Emit(OpCodes.Ret);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Stfld, FieldOf(parameters[i]));
            il.Emit(OpCodes.Ret);
        }
        Type.DefineMethodOverride(set, RuntimeMembers.ArgumentsMapSet);
    }
}
