// The runtime members of the dynamic-scope path (with, direct eval, eval code): a part of
// RuntimeMembers, which stays the only place that names Oden.Runtime members.
using System.Reflection;
using Oden.Runtime;
using Oden.Runtime.CompilerServices;

namespace Oden.Compiler.CodeGen;

internal static partial class RuntimeMembers
{
    // (Field initializers of a partial class run in an unspecified order across files: this part
    // names its types with typeof, never through the fields of RuntimeMembers.cs.)
    public static readonly Type ScopeEnvironment = typeof(ScopeEnvironment);
    public static readonly Type ScopeDescriptor = typeof(ScopeDescriptor);
    public static readonly Type ScopeEnvironmentKind = typeof(ScopeEnvironmentKind);
    public static readonly FieldInfo ScopeEnvironmentOuter = Field(ScopeEnvironment, nameof(Runtime.CompilerServices.ScopeEnvironment.Outer));
    public static readonly MethodInfo ScopeEnvironmentDescriptor = Getter(ScopeEnvironment, nameof(Runtime.CompilerServices.ScopeEnvironment.Descriptor));
    public static readonly MethodInfo ScopeEnvironmentGetSlot = Method(ScopeEnvironment, nameof(Runtime.CompilerServices.ScopeEnvironment.GetSlot), typeof(int));
    public static readonly MethodInfo ScopeEnvironmentSetSlot = Method(ScopeEnvironment, nameof(Runtime.CompilerServices.ScopeEnvironment.SetSlot), typeof(int), typeof(JsValue));
    public static readonly MethodInfo ScopeEnvironmentHasEvalVar = Method(ScopeEnvironment, nameof(Runtime.CompilerServices.ScopeEnvironment.HasEvalVar), typeof(string));
    public static readonly ConstructorInfo ScopeEnvironmentCtor = ScopeEnvironment.GetConstructor(
        BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, Type.EmptyTypes, null) ?? throw Missing("ScopeEnvironment()");
    public static readonly ConstructorInfo ScopeDescriptorCtor = Ctor(ScopeDescriptor, ScopeEnvironmentKind, typeof(string[]), typeof(byte[]));

    public static readonly MethodInfo ToWithObject = Op(nameof(Ops.ToWithObject), typeof(Realm), typeof(JsValue));
    public static readonly MethodInfo WithHasBinding = Op(nameof(Ops.WithHasBinding), typeof(Realm), typeof(JsValue), typeof(string));
    public static readonly MethodInfo WithBase = Op(nameof(Ops.WithBase), typeof(JsValue));
    public static readonly MethodInfo ResolveInChain = Op(nameof(Ops.ResolveInChain), typeof(Realm), ScopeEnvironment, typeof(string));
    public static readonly MethodInfo GetFromBase = Op(nameof(Ops.GetFromBase), typeof(Realm), typeof(object), typeof(string), typeof(bool));
    public static readonly MethodInfo SetOnBase = Op(nameof(Ops.SetOnBase), typeof(Realm), typeof(object), typeof(string), typeof(JsValue), typeof(bool));
    public static readonly MethodInfo ThisForBase = Op(nameof(Ops.ThisForBase), typeof(object));
    public static readonly MethodInfo DeleteFromBase = Op(nameof(Ops.DeleteFromBase), typeof(Realm), typeof(object), typeof(string));
    public static readonly MethodInfo CallEval = Op(nameof(Ops.CallEval), typeof(Realm), typeof(JsValue), typeof(JsValue), typeof(JsValue[]), ScopeEnvironment, typeof(JsValue), typeof(JsValue), typeof(bool), typeof(bool), typeof(string), typeof(JsFunction));

    public static int ScopeEnvironmentKindCode(bool isWith, bool isVar) =>
        (int)(isWith ? Runtime.CompilerServices.ScopeEnvironmentKind.With : isVar ? Runtime.CompilerServices.ScopeEnvironmentKind.Var : Runtime.CompilerServices.ScopeEnvironmentKind.Declarative);

    public static byte ScopeBindingFlagsCode(bool lexical, bool isConst, bool selfName) => (byte)(
        (lexical ? ScopeBindingFlags.Lexical : 0) | (isConst ? ScopeBindingFlags.Const : 0) | (selfName ? ScopeBindingFlags.SelfName : 0));
}
