// The assembly of eval code or a Function constructor's source: one module whose top level is an
// Eval-kind function, and an entry the runtime calls through a delegate:
//   Oden.Generated.Entry  public static JsValue Run(Realm realm, ScopeEnvironment chain, JsValue this, JsValue newTarget)
//                         => new ClosureN(realm) { Chain = chain }.Call0(this)
//                         or, when the code uses new.target (the caller's): body(closure, this, newTarget)
// It references only Oden.Runtime, like a script assembly, and carries an embedded PDB whose document
// is the eval's location ("eval at f (handler.js:3:5)"), so stack traces name it.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.CodeGen;

namespace Oden.Compiler.Emit;

internal static partial class ScriptAssemblyBuilder
{
    public const string EvalEntryType = "Oden.Generated.Entry";
    public const string EvalEntryMethod = "Run";

    public static void BuildEval(string assemblyName, EmitModule module, Stream peStream, Diagnostics.DiagnosticBag diagnostics) =>
        Build(assemblyName, [module], ScriptMode.ClassicScript, peStream, pdbStream: null, assemblyName + ".pdb", "", diagnostics, DefineEvalEntry);

    private static TypeBuilder DefineEvalEntry(EmitContext context, FunctionPlan topLevel)
    {
        var entry = context.Module.DefineType(EvalEntryType, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
        var run = entry.DefineMethod(EvalEntryMethod, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            RuntimeMembers.JsValue, [RuntimeMembers.Realm, RuntimeMembers.ScopeEnvironment, RuntimeMembers.JsValue, RuntimeMembers.JsValue]);
        run.DefineParameter(1, ParameterAttributes.None, "realm");
        run.DefineParameter(2, ParameterAttributes.None, "chain");
        run.DefineParameter(3, ParameterAttributes.None, "this");
        run.DefineParameter(4, ParameterAttributes.None, "newTarget");
        var il = run.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Newobj, topLevel.Constructor);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, topLevel.ChainField!);
        il.Emit(OpCodes.Ldarg_2);
        if (topLevel.HasNewTargetArgument && !topLevel.UsesArgumentSpan && topLevel.Symbol.Parameters.Count == 0)
        {
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Call, topLevel.Body);
        }
        else
        {
            il.Emit(OpCodes.Callvirt, RuntimeMembers.FunctionCall0);
        }
        il.Emit(OpCodes.Ret);
        return entry;
    }
}
