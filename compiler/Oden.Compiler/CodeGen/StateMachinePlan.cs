// The emitted shape of a generator, async function or async generator F (see Lowering/StateMachineRewriter.cs):
//   - FrameN : StateMachine, one instance per call: the Callee (typed closure) and one field per binding,
//     environment, temporary and caught exception of F that a plain function would keep in IL locals
//     (all of them, not only those live across a suspension: simple, and a field costs about what a
//     local does once the frame is in a register);
//   - F`id (the usual body method) is the entry: FunctionDeclarationInstantiation into a new frame, then
//     StartGenerator / StartAsyncFunction / StartAsyncGenerator;
//   - F`id_resume(FrameN frame) is the lowered body with its resume dispatch; FrameN.MoveNext calls it.
//     Its name keeps F's JavaScript name before the backtick, so stack traces read `at F (file.js:L:C)`.
using System.Reflection;
using System.Reflection.Emit;

namespace Oden.Compiler.CodeGen;

internal sealed class StateMachinePlan
{
    private readonly Dictionary<object, FieldBuilder> _fields = new();

    public StateMachinePlan(EmitContext context, ModuleContext module, FunctionPlan function, string name, int id)
    {
        FrameType = context.Module.DefineType($"{context.Namespace}.Frame{id}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, RuntimeMembers.StateMachine);
        Callee = FrameType.DefineField("Callee", function.ClosureType, FieldAttributes.Public);
        Constructor = FrameType.DefineDefaultConstructor(MethodAttributes.Public);

        Resume = module.Type.DefineMethod($"{name}`{id}_resume", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            RuntimeMembers.JsValue, [FrameType]);
        Resume.SetImplementationFlags(MethodImplAttributes.NoInlining);
        Resume.DefineParameter(1, ParameterAttributes.None, "frame");

        var moveNext = FrameType.DefineMethod("MoveNext", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final,
            RuntimeMembers.JsValue, Type.EmptyTypes);
        var il = moveNext.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, Resume);
        il.Emit(OpCodes.Ret);
        FrameType.DefineMethodOverride(moveNext, RuntimeMembers.StateMachineMoveNext);
    }

    public TypeBuilder FrameType { get; }
    public FieldBuilder Callee { get; }
    public ConstructorInfo Constructor { get; }
    public MethodBuilder Resume { get; }

    /// <summary>The frame field that holds <paramref name="key"/> (a binding, a scope's environment, a caught exception, …).</summary>
    public FieldBuilder FieldFor(object key, Type type, string name)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            field = FrameType.DefineField($"{name}_{_fields.Count}", type, FieldAttributes.Public);
            _fields[key] = field;
        }
        return field;
    }
}
