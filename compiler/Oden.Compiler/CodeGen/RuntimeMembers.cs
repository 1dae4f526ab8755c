// The only file of the compiler that names Oden.Runtime members. Every handle is resolved here with
// C#-checked names (nameof) and explicit parameter types, once, when the class is first touched, so a
// runtime change that breaks generated code breaks this file's build or its type initializer, not an
// emitted assembly at load time. Generated code references exactly these members (and the BCL's).
using System.Reflection;
using System.Runtime.ExceptionServices;
using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.CompilerServices;
using RtFunctionKind = Oden.Runtime.FunctionKind;

namespace Oden.Compiler.CodeGen;

internal static partial class RuntimeMembers
{
    // ---- types ----
    public static readonly Type JsValue = typeof(JsValue);
    public static readonly Type JsValueArray = typeof(JsValue[]);
    public static readonly Type ArgumentSpan = typeof(ReadOnlySpan<JsValue>);
    public static readonly Type Realm = typeof(Realm);
    public static readonly Type JsObject = typeof(JsObject);
    public static readonly Type JsFunction = typeof(JsFunction);
    public static readonly Type JsClosure = typeof(JsClosure);
    public static readonly Type JsException = typeof(JsException);
    public static readonly Type PropertySite = typeof(PropertySite);
    public static readonly Type RegExpLiteral = typeof(RegExpLiteral);
    public static readonly Type Shape = typeof(Shape);
    public static readonly Type ForInIterator = typeof(ForInIterator);
    public static readonly Type IteratorRecord = typeof(IteratorRecord);
    public static readonly Type IArgumentsMap = typeof(IArgumentsMap);
    public static readonly Type ModuleRegistry = typeof(ModuleRegistry);
    public static readonly Type RuntimeFunctionKind = typeof(RtFunctionKind);
    public static readonly int AbiVersion = RuntimeAbi.Version;

    // ---- JsValue ----
    public static readonly ConstructorInfo JsValueFromDouble = Ctor(JsValue, typeof(double));
    public static readonly ConstructorInfo JsValueFromObject = Ctor(JsValue, typeof(JsObject));
    public static readonly ConstructorInfo JsValueFromFunction = Ctor(JsValue, typeof(JsFunction));
    public static readonly MethodInfo JsValueFromString = Method(JsValue, nameof(Runtime.JsValue.FromString), typeof(string));
    public static readonly MethodInfo JsValueFromBoolean = Method(JsValue, nameof(Runtime.JsValue.FromBoolean), typeof(bool));
    public static readonly MethodInfo JsValueUndefined = Getter(JsValue, nameof(Runtime.JsValue.Undefined));
    public static readonly FieldInfo JsValueNull = Field(JsValue, nameof(Runtime.JsValue.Null));
    public static readonly FieldInfo JsValueTrue = Field(JsValue, nameof(Runtime.JsValue.True));
    public static readonly FieldInfo JsValueFalse = Field(JsValue, nameof(Runtime.JsValue.False));

    // ---- realm, functions, exceptions ----
    public static readonly MethodInfo RealmEnterFunction = Method(Realm, nameof(Runtime.Realm.EnterFunction));
    public static readonly MethodInfo RealmGlobalObject = Getter(Realm, nameof(Runtime.Realm.GlobalObject));
    public static readonly MethodInfo FunctionRealm = Getter(JsFunction, nameof(Runtime.JsFunction.Realm));
    public static readonly MethodInfo FunctionCall = Method(JsFunction, nameof(Runtime.JsFunction.Call), JsValue, ArgumentSpan);
    public static readonly MethodInfo FunctionCall0 = Method(JsFunction, nameof(Runtime.JsFunction.Call0), JsValue);
    public static readonly MethodInfo FunctionCall1 = Method(JsFunction, nameof(Runtime.JsFunction.Call1), JsValue, JsValue);
    public static readonly MethodInfo FunctionCall2 = Method(JsFunction, nameof(Runtime.JsFunction.Call2), JsValue, JsValue, JsValue);
    public static readonly MethodInfo FunctionCall3 = Method(JsFunction, nameof(Runtime.JsFunction.Call3), JsValue, JsValue, JsValue, JsValue);
    public static readonly ConstructorInfo ClosureCtor = JsClosure.GetConstructor(
        BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, [Realm, RuntimeFunctionKind, typeof(string), typeof(int), typeof(int)], null)
        ?? throw Missing("JsClosure(Realm, FunctionKind, string, int, int)");
    public static readonly ConstructorInfo FunctionSourceCtor = typeof(FunctionSourceAttribute).GetConstructor([typeof(int), typeof(int), typeof(int)])
        ?? throw Missing("FunctionSourceAttribute(int, int, int)");
    public static readonly MethodInfo SourceTextDecode = typeof(SourceTextTable).GetMethod(nameof(SourceTextTable.Decode))
        ?? throw Missing("SourceTextTable.Decode");
    public static readonly MethodInfo JsExceptionValue = Getter(JsException, nameof(Runtime.JsException.Value));
    public static readonly MethodInfo RethrowCaptured = Method(typeof(ExceptionDispatchInfo), nameof(ExceptionDispatchInfo.Throw), typeof(Exception));
    public static readonly MethodInfo ArgumentAt = Method(typeof(ArgumentsExtensions), nameof(ArgumentsExtensions.At), ArgumentSpan, typeof(int));
    public static readonly MethodInfo CreateMappedArguments = Method(typeof(JsArguments), nameof(JsArguments.CreateMapped), Realm, ArgumentSpan, JsFunction, IArgumentsMap, typeof(int));
    public static readonly MethodInfo ArgumentsMapGet = Method(IArgumentsMap, nameof(Runtime.IArgumentsMap.Get), typeof(int));
    public static readonly MethodInfo ArgumentsMapSet = Method(IArgumentsMap, nameof(Runtime.IArgumentsMap.Set), typeof(int), JsValue);

    // ---- sites ----
    public static readonly ConstructorInfo PropertySiteCtor = Ctor(PropertySite, typeof(string));
    public static readonly ConstructorInfo RegExpLiteralCtor = Ctor(RegExpLiteral, typeof(string), typeof(string));

    // ---- Ops: operators ----
    public static readonly MethodInfo Add = Op(nameof(Ops.Add), Realm, JsValue, JsValue);
    public static readonly MethodInfo Subtract = Op(nameof(Ops.Subtract), Realm, JsValue, JsValue);
    public static readonly MethodInfo Multiply = Op(nameof(Ops.Multiply), Realm, JsValue, JsValue);
    public static readonly MethodInfo Divide = Op(nameof(Ops.Divide), Realm, JsValue, JsValue);
    public static readonly MethodInfo Remainder = Op(nameof(Ops.Remainder), Realm, JsValue, JsValue);
    public static readonly MethodInfo Exponentiate = Op(nameof(Ops.Exponentiate), Realm, JsValue, JsValue);
    public static readonly MethodInfo BigIntLiteral = Op(nameof(Ops.BigIntLiteral), typeof(string));
    public static readonly MethodInfo BitwiseAnd = Op(nameof(Ops.BitwiseAnd), Realm, JsValue, JsValue);
    public static readonly MethodInfo BitwiseOr = Op(nameof(Ops.BitwiseOr), Realm, JsValue, JsValue);
    public static readonly MethodInfo BitwiseXor = Op(nameof(Ops.BitwiseXor), Realm, JsValue, JsValue);
    public static readonly MethodInfo LeftShift = Op(nameof(Ops.LeftShift), Realm, JsValue, JsValue);
    public static readonly MethodInfo SignedRightShift = Op(nameof(Ops.SignedRightShift), Realm, JsValue, JsValue);
    public static readonly MethodInfo UnsignedRightShift = Op(nameof(Ops.UnsignedRightShift), Realm, JsValue, JsValue);
    public static readonly MethodInfo ConcatStrings = Op(nameof(Ops.ConcatStrings), Realm, JsValue, JsValue);
    public static readonly MethodInfo ConcatStrings3 = Op(nameof(Ops.ConcatStrings3), Realm, JsValue, JsValue, JsValue);
    public static readonly MethodInfo ConcatStrings4 = Op(nameof(Ops.ConcatStrings4), Realm, JsValue, JsValue, JsValue, JsValue);
    public static readonly MethodInfo AppendStrings3 = Op(nameof(Ops.AppendStrings3), Realm, JsValue, JsValue, JsValue, JsValue);
    public static readonly MethodInfo AppendStrings4 = Op(nameof(Ops.AppendStrings4), Realm, JsValue, JsValue, JsValue, JsValue, JsValue);
    public static readonly MethodInfo NumberToStringValue = Op(nameof(Ops.NumberToStringValue), typeof(double));
    public static readonly MethodInfo ToPrimitiveStringValue = Op(nameof(Ops.ToPrimitiveStringValue), Realm, JsValue);
    public static readonly MethodInfo ToStringValue = Op(nameof(Ops.ToStringValue), Realm, JsValue);
    public static readonly MethodInfo ToNumeric = Op(nameof(Ops.ToNumeric), Realm, JsValue);
    public static readonly MethodInfo ToPropertyKeyValue = Op(nameof(Ops.ToPropertyKeyValue), Realm, JsValue);
    public static readonly MethodInfo ToBoolean = Op(nameof(Ops.ToBoolean), JsValue);
    public static readonly MethodInfo Negate = Op(nameof(Ops.Negate), Realm, JsValue);
    public static readonly MethodInfo UnaryPlus = Op(nameof(Ops.UnaryPlus), Realm, JsValue);
    public static readonly MethodInfo BitwiseNot = Op(nameof(Ops.BitwiseNot), Realm, JsValue);
    public static readonly MethodInfo LogicalNot = Op(nameof(Ops.LogicalNot), JsValue);
    public static readonly MethodInfo Increment = Op(nameof(Ops.Increment), Realm, JsValue);
    public static readonly MethodInfo NumberOf = Op(nameof(Ops.NumberOf), JsValue);
    public static readonly MethodInfo ToInt32Double = Method(typeof(Operations), nameof(Operations.ToInt32), typeof(double));
    public static readonly MethodInfo NumberRemainder = Method(typeof(Operations), nameof(Operations.NumberRemainder), typeof(double), typeof(double));
    public static readonly MethodInfo NumberExponentiate = Method(typeof(Operations), nameof(Operations.NumberExponentiate), typeof(double), typeof(double));
    public static readonly MethodInfo Decrement = Op(nameof(Ops.Decrement), Realm, JsValue);
    public static readonly MethodInfo TypeOf = Op(nameof(Ops.TypeOf), JsValue);
    public static readonly MethodInfo StrictEquals = Op(nameof(Ops.StrictEquals), JsValue, JsValue);
    public static readonly MethodInfo LooseEquals = Op(nameof(Ops.LooseEquals), Realm, JsValue, JsValue);
    public static readonly MethodInfo LessThan = Op(nameof(Ops.LessThan), Realm, JsValue, JsValue);
    public static readonly MethodInfo LessThanOrEqual = Op(nameof(Ops.LessThanOrEqual), Realm, JsValue, JsValue);
    public static readonly MethodInfo GreaterThan = Op(nameof(Ops.GreaterThan), Realm, JsValue, JsValue);
    public static readonly MethodInfo GreaterThanOrEqual = Op(nameof(Ops.GreaterThanOrEqual), Realm, JsValue, JsValue);
    public static readonly MethodInfo In = Op(nameof(Ops.In), Realm, JsValue, JsValue);
    public static readonly MethodInfo InstanceOf = Op(nameof(Ops.InstanceOf), Realm, JsValue, JsValue);
    public static readonly MethodInfo Delete = Op(nameof(Ops.Delete), Realm, JsValue, JsValue, typeof(bool));
    public static readonly MethodInfo DeleteNamed = Op(nameof(Ops.DeleteNamed), Realm, JsValue, PropertySite, typeof(bool));
    public static readonly MethodInfo DeleteGlobal = Op(nameof(Ops.DeleteGlobal), Realm, PropertySite);

    // ---- Ops: properties and globals ----
    public static readonly MethodInfo GetNamed = Op(nameof(Ops.GetNamed), Realm, JsValue, PropertySite);
    public static readonly MethodInfo GetLength = Op(nameof(Ops.GetLength), Realm, JsValue, PropertySite);
    public static readonly MethodInfo SetNamed = Op(nameof(Ops.SetNamed), Realm, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo SetNamedStrict = Op(nameof(Ops.SetNamedStrict), Realm, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo AsObject = Op(nameof(Ops.AsObject), JsValue);
    public static readonly MethodInfo GetNamedOn = Op(nameof(Ops.GetNamedOn), Realm, JsObject, JsValue, PropertySite);
    public static readonly MethodInfo SetNamedOn = Op(nameof(Ops.SetNamedOn), Realm, JsObject, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo SetNamedStrictOn = Op(nameof(Ops.SetNamedStrictOn), Realm, JsObject, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo SetNamedOnThis = Op(nameof(Ops.SetNamedOnThis), Realm, JsObject, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo SetNamedStrictOnThis = Op(nameof(Ops.SetNamedStrictOnThis), Realm, JsObject, JsValue, PropertySite, JsValue);
    public static readonly MethodInfo GetElement = Op(nameof(Ops.GetElement), Realm, JsValue, JsValue);
    public static readonly MethodInfo CountSiteAccess = Op(nameof(Ops.CountSiteAccess), PropertySite);
    public static readonly MethodInfo GetElementInt32 = Op(nameof(Ops.GetElementInt32), Realm, JsValue, typeof(int));
    public static readonly MethodInfo GetElementUint32 = Op(nameof(Ops.GetElementUint32), Realm, JsValue, typeof(uint));
    public static readonly MethodInfo SetElement = Op(nameof(Ops.SetElement), Realm, JsValue, JsValue, JsValue);
    public static readonly MethodInfo SetElementStrict = Op(nameof(Ops.SetElementStrict), Realm, JsValue, JsValue, JsValue);
    public static readonly MethodInfo GetGlobal = Op(nameof(Ops.GetGlobal), Realm, PropertySite);
    public static readonly MethodInfo GetGlobalForTypeof = Op(nameof(Ops.GetGlobalForTypeof), Realm, PropertySite);
    public static readonly MethodInfo SetGlobal = Op(nameof(Ops.SetGlobal), Realm, PropertySite, JsValue, typeof(bool));
    public static readonly MethodInfo DeclareGlobalVar = Op(nameof(Ops.DeclareGlobalVar), Realm, typeof(string), typeof(bool), JsValue);

    // ---- Ops: calls ----
    public static readonly MethodInfo[] CallK =
    [
        Op(nameof(Ops.Call0), Realm, JsValue, JsValue, typeof(string)),
        Op(nameof(Ops.Call1), Realm, JsValue, JsValue, JsValue, typeof(string)),
        Op(nameof(Ops.Call2), Realm, JsValue, JsValue, JsValue, JsValue, typeof(string)),
        Op(nameof(Ops.Call3), Realm, JsValue, JsValue, JsValue, JsValue, JsValue, typeof(string)),
    ];
    public static readonly MethodInfo CallN = Op(nameof(Ops.CallN), Realm, JsValue, JsValue, JsValueArray, typeof(string));
    public static readonly MethodInfo GetMethod = Op(nameof(Ops.GetMethod), Realm, JsValue, PropertySite);
    public static readonly MethodInfo GetMethodOn = Op(nameof(Ops.GetMethodOn), Realm, JsObject, JsValue, PropertySite);
    public static readonly MethodInfo[] CallMethodK =
    [
        Op(nameof(Ops.CallMethod0), Realm, JsFunction, JsValue, PropertySite),
        Op(nameof(Ops.CallMethod1), Realm, JsFunction, JsValue, JsValue, PropertySite),
        Op(nameof(Ops.CallMethod2), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite),
        Op(nameof(Ops.CallMethod3), Realm, JsFunction, JsValue, JsValue, JsValue, JsValue, PropertySite),
    ];
    /// <summary>
    /// Guarded intrinsics (Ops.Intrinsics.cs): the entry a method call with this name and argument count
    /// uses instead of CallMethodK (same parameters), or null.
    /// </summary>
    public static MethodInfo? IntrinsicCall(string name, int arguments) => (name, arguments) switch
    {
        ("floor", 1) => s_callFloor,
        ("ceil", 1) => s_callCeil,
        ("trunc", 1) => s_callTrunc,
        ("round", 1) => s_callRound,
        ("sqrt", 1) => s_callSqrt,
        ("abs", 1) => s_callAbs,
        ("max", 2) => s_callMax,
        ("min", 2) => s_callMin,
        ("imul", 2) => s_callImul,
        ("charCodeAt", 1) => s_callCharCodeAt,
        ("charAt", 1) => s_callCharAt,
        ("fromCharCode", 1) => s_callFromCharCode,
        ("fromCharCode", 2) => s_callFromCharCode2,
        ("fromCharCode", 3) => s_callFromCharCode3,
        ("push", 1) => s_callPush,
        ("push", 2) => s_callPush2,
        ("push", 3) => s_callPush3,
        ("push", 4) => s_callPush4,
        _ => null,
    };

    private static readonly MethodInfo s_callFloor = Op(nameof(Ops.CallFloor), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callCeil = Op(nameof(Ops.CallCeil), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callTrunc = Op(nameof(Ops.CallTrunc), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callRound = Op(nameof(Ops.CallRound), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callSqrt = Op(nameof(Ops.CallSqrt), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callAbs = Op(nameof(Ops.CallAbs), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callMax = Op(nameof(Ops.CallMax), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callMin = Op(nameof(Ops.CallMin), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callImul = Op(nameof(Ops.CallImul), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callCharCodeAt = Op(nameof(Ops.CallCharCodeAt), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callCharAt = Op(nameof(Ops.CallCharAt), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callFromCharCode = Op(nameof(Ops.CallFromCharCode), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callFromCharCode2 = Op(nameof(Ops.CallFromCharCode2), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callFromCharCode3 = Op(nameof(Ops.CallFromCharCode3), Realm, JsFunction, JsValue, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callPush = Op(nameof(Ops.CallPush), Realm, JsFunction, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callPush2 = Op(nameof(Ops.CallPush2), Realm, JsFunction, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callPush3 = Op(nameof(Ops.CallPush3), Realm, JsFunction, JsValue, JsValue, JsValue, JsValue, PropertySite);
    private static readonly MethodInfo s_callPush4 = Op(nameof(Ops.CallPush4), Realm, JsFunction, JsValue, JsValue, JsValue, JsValue, JsValue, PropertySite);

    public static readonly MethodInfo CallMethodN = Op(nameof(Ops.CallMethodN), Realm, JsFunction, JsValue, JsValueArray, PropertySite);
    public static readonly MethodInfo[] NewK =
    [
        Op(nameof(Ops.New0), Realm, JsValue, typeof(string)),
        Op(nameof(Ops.New1), Realm, JsValue, JsValue, typeof(string)),
        Op(nameof(Ops.New2), Realm, JsValue, JsValue, JsValue, typeof(string)),
        Op(nameof(Ops.New3), Realm, JsValue, JsValue, JsValue, JsValue, typeof(string)),
    ];
    public static readonly MethodInfo NewN = Op(nameof(Ops.NewN), Realm, JsValue, JsValueArray, typeof(string));
    public static readonly MethodInfo CoerceSloppyThis = Op(nameof(Ops.CoerceSloppyThis), Realm, JsValue);
    public static readonly MethodInfo Throw = Op(nameof(Ops.Throw), JsValue);
    public static readonly MethodInfo ThrowTdz = Op(nameof(Ops.ThrowTdz), Realm, typeof(string));
    public static readonly MethodInfo ThrowConstAssignment = Op(nameof(Ops.ThrowConstAssignment), Realm, typeof(string));
    public static readonly MethodInfo Uninitialized = Getter(typeof(Ops), nameof(Ops.Uninitialized));
    public static readonly MethodInfo IsUninitialized = Op(nameof(Ops.IsUninitialized), JsValue);
    public static readonly MethodInfo BackEdge = Op(nameof(Ops.BackEdge), Realm);
    public static readonly MethodInfo MarkPosition = Op(nameof(Ops.MarkPosition));

    // ---- Ops: literals and iteration ----
    public static readonly MethodInfo NewObject = Op(nameof(Ops.NewObject), Realm);
    public static readonly MethodInfo NewObjectWithShape = Op(nameof(Ops.NewObjectWithShape), Realm, Shape);
    public static readonly MethodInfo InitSlot = Op(nameof(Ops.InitSlot), JsObject, typeof(int), JsValue);
    public static readonly MethodInfo ShapeOf = Op(nameof(Ops.ShapeOf), typeof(string[]));
    public static readonly MethodInfo DefineDataProperty = Op(nameof(Ops.DefineDataProperty), Realm, JsObject, JsValue, JsValue);
    public static readonly MethodInfo DefineNamedDataProperty = Op(nameof(Ops.DefineNamedDataProperty), JsObject, typeof(string), JsValue);
    public static readonly MethodInfo DefineAccessor = Op(nameof(Ops.DefineAccessor), Realm, JsObject, JsValue, JsValue, JsValue);
    public static readonly MethodInfo ThrowInvalidAssignmentTarget = Op(nameof(Ops.ThrowInvalidAssignmentTarget), Realm);
    public static readonly MethodInfo KnownObject = Op(nameof(Ops.KnownObject), JsValue);
    public static readonly MethodInfo SetFunctionName = Op(nameof(Ops.SetFunctionName), JsValue, JsValue, typeof(string));
    public static readonly MethodInfo SetLiteralPrototype = Op(nameof(Ops.SetLiteralPrototype), JsObject, JsValue);
    public static readonly MethodInfo NewArray = Op(nameof(Ops.NewArray), Realm, JsValueArray);
    public static readonly MethodInfo Hole = Getter(typeof(Ops), nameof(Ops.Hole));
    public static readonly MethodInfo NewRegExp = Method(typeof(JsRegExp), nameof(JsRegExp.Create), Realm, RegExpLiteral);
    public static readonly MethodInfo CreateUnmappedArguments = Op(nameof(Ops.CreateUnmappedArguments), Realm, ArgumentSpan);
    public static readonly MethodInfo ForInStart = Op(nameof(Ops.ForInStart), Realm, JsValue);
    public static readonly MethodInfo ForInMoveNext = Method(ForInIterator, nameof(Runtime.CompilerServices.ForInIterator.MoveNext));
    public static readonly MethodInfo ForInCurrent = Getter(ForInIterator, nameof(Runtime.CompilerServices.ForInIterator.Current));
    public static readonly MethodInfo GetIterator = Method(IteratorRecord, nameof(Runtime.Builtins.IteratorRecord.GetIterator), Realm, JsValue);
    public static readonly MethodInfo IteratorStep = Method(IteratorRecord, nameof(Runtime.Builtins.IteratorRecord.StepInline), Realm, JsValue.MakeByRefType());
    public static readonly MethodInfo IteratorClose = Method(IteratorRecord, nameof(Runtime.Builtins.IteratorRecord.Close), Realm);
    public static readonly MethodInfo IteratorCloseAfterThrow = Method(IteratorRecord, nameof(Runtime.Builtins.IteratorRecord.CloseAfterThrow), Realm);

    // ---- Ops: patterns, spread, optional chaining, tagged templates (Ops.Patterns.cs) ----
    public static readonly Type SpreadBuilder = typeof(SpreadBuilder);
    public static readonly Type TemplateSite = typeof(TemplateSite);
    public static readonly MethodInfo RequireObjectCoercible = Op(nameof(Ops.RequireObjectCoercible), Realm, JsValue);
    public static readonly MethodInfo IteratorStepOrUndefined = Op(nameof(Ops.IteratorStepOrUndefined), IteratorRecord, Realm);
    public static readonly MethodInfo IteratorRest = Op(nameof(Ops.IteratorRest), IteratorRecord, Realm);
    public static readonly MethodInfo IteratorCloseIfOpen = Op(nameof(Ops.IteratorCloseIfOpen), IteratorRecord, Realm);
    public static readonly MethodInfo ObjectRest = Op(nameof(Ops.ObjectRest), Realm, JsValue, JsValueArray);
    public static readonly MethodInfo CopyDataProperties = Op(nameof(Ops.CopyDataProperties), Realm, JsObject, JsValue);
    public static readonly MethodInfo RestArguments = Op(nameof(Ops.RestArguments), Realm, ArgumentSpan, typeof(int));
    public static readonly MethodInfo SpreadToArray = Op(nameof(Ops.SpreadToArray), Realm, JsValue);
    public static readonly MethodInfo NewSpreadBuilder = Op(nameof(Ops.NewSpreadBuilder), typeof(int));
    public static readonly MethodInfo SpreadBuilderAdd = Method(SpreadBuilder, nameof(Runtime.CompilerServices.SpreadBuilder.Add), JsValue);
    public static readonly MethodInfo SpreadBuilderAddSpread = Method(SpreadBuilder, nameof(Runtime.CompilerServices.SpreadBuilder.AddSpread), Realm, JsValue);
    public static readonly MethodInfo SpreadBuilderToArray = Method(SpreadBuilder, nameof(Runtime.CompilerServices.SpreadBuilder.ToArray));
    public static readonly MethodInfo IsNullish = Op(nameof(Ops.IsNullish), JsValue);
    public static readonly MethodInfo IsNullValue = Op(nameof(Ops.IsNull), JsValue);
    public static readonly MethodInfo IsUndefinedValue = Op(nameof(Ops.IsUndefined), JsValue);
    public static readonly MethodInfo GetTemplateObject = Op(nameof(Ops.GetTemplateObject), Realm, TemplateSite);
    public static readonly ConstructorInfo TemplateSiteCtor = Ctor(TemplateSite, typeof(string[]), typeof(string[]));
    // ---- generators and async functions (Builtins/Generator/StateMachine.cs) ----
    public static readonly Type StateMachine = typeof(StateMachine);
    public static readonly FieldInfo StateMachineState = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.State));
    public static readonly FieldInfo StateMachineMode = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.Mode));
    public static readonly FieldInfo StateMachineSent = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.Sent));
    public static readonly FieldInfo StateMachineSuspendKind = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.SuspendKind));
    public static readonly FieldInfo StateMachineDelegateValue = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateValue));
    public static readonly FieldInfo StateMachineRealm = Field(StateMachine, nameof(Runtime.Builtins.StateMachine.Realm));
    public static readonly MethodInfo StateMachineMoveNext = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.MoveNext));
    public static readonly MethodInfo StartGenerator = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.StartGenerator), Realm, StateMachine, JsFunction);
    public static readonly MethodInfo StartAsyncFunction = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.StartAsyncFunction), Realm, StateMachine);
    public static readonly MethodInfo StartAsyncGenerator = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.StartAsyncGenerator), Realm, StateMachine, JsFunction);
    public static readonly MethodInfo StateMachineAwait = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.Await), JsValue);
    public static readonly MethodInfo StateMachineSetResumption = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.SetResumption), typeof(int), JsValue);
    public static readonly MethodInfo DelegateStart = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateStart), JsValue, typeof(bool));
    public static readonly MethodInfo DelegateStep = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateStep), IteratorRecord);
    public static readonly MethodInfo DelegateInvokeAsync = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateInvokeAsync), IteratorRecord);
    public static readonly MethodInfo DelegateResultAsync = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateResultAsync), JsValue);
    public static readonly MethodInfo DelegateThrowMissing = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.DelegateThrowMissing), JsValue, typeof(int));
    public static readonly MethodInfo AsyncCloseBegin = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.AsyncCloseBegin), IteratorRecord);
    public static readonly MethodInfo AsyncCloseBeginAfterThrow = Method(StateMachine, nameof(Runtime.Builtins.StateMachine.AsyncCloseBeginAfterThrow), IteratorRecord);
    public static readonly MethodInfo GetAsyncIterator = Method(typeof(AsyncIteration), nameof(AsyncIteration.GetAsyncIterator), Realm, JsValue);
    public static readonly MethodInfo AsyncIteratorNext = Method(typeof(AsyncIteration), nameof(AsyncIteration.Next), Realm, IteratorRecord);
    public static readonly MethodInfo AsyncIteratorComplete = Method(typeof(AsyncIteration), nameof(AsyncIteration.Complete), Realm, IteratorRecord, JsValue);
    public static readonly MethodInfo AsyncIteratorValue = Method(typeof(AsyncIteration), nameof(AsyncIteration.Value), Realm, IteratorRecord, JsValue);
    public static readonly MethodInfo AsyncCloseEnd = Method(typeof(AsyncIteration), nameof(AsyncIteration.CloseEnd), Realm, JsValue);

    // ---- modules and the entry contract ----
    public static readonly ConstructorInfo ModuleRegistryCtor = ModuleRegistry.GetConstructor(
        BindingFlags.Instance | BindingFlags.NonPublic, null,
        [typeof(string), typeof(string[]), typeof(string[]), typeof(string[]), typeof(string[][]), typeof(int[][])], null)
        ?? throw Missing("ModuleRegistry(...)");
    public static readonly MethodInfo ModuleRegistryCreateModuleFunction = ModuleRegistry.GetMethod(
        "CreateModuleFunction", BindingFlags.Instance | BindingFlags.NonPublic, [Realm, typeof(int)])
        ?? throw Missing("ModuleRegistry.CreateModuleFunction");
    public static readonly MethodInfo ModuleRegistryRunMain = Method(ModuleRegistry, nameof(Runtime.CompilerServices.ModuleRegistry.RunMain), Realm);
    public static readonly ConstructorInfo OdenScriptAttributeCtor = Ctor(typeof(OdenScriptAttribute), typeof(int), typeof(string), typeof(Type));

    /// <summary>The runtime's function kind of a compiled function: generators and async functions have their own.</summary>
    public static RtFunctionKind ToRuntimeKind(Symbols.FunctionSymbol symbol) => symbol switch
    {
        { IsGenerator: true, IsAsync: true } => RtFunctionKind.AsyncGenerator,
        { IsGenerator: true } => RtFunctionKind.Generator,
        { IsAsync: true } => RtFunctionKind.Async,
        _ => ToRuntimeKind(symbol.Kind),
    };

    /// <summary>The runtime's function kind for a compiled function (constructibility and `this` binding).</summary>
    public static RtFunctionKind ToRuntimeKind(Symbols.FunctionKind kind) => kind switch
    {
        Symbols.FunctionKind.Arrow => RtFunctionKind.Arrow,
        Symbols.FunctionKind.Method or Symbols.FunctionKind.Getter or Symbols.FunctionKind.Setter => RtFunctionKind.Method,
        Symbols.FunctionKind.ClassConstructor or Symbols.FunctionKind.DerivedConstructor => RtFunctionKind.ClassConstructor,
        _ => RtFunctionKind.Normal,
    };

    /// <summary>JavaScript's Number::toString, for numeric literal keys known at compile time.</summary>
    public static string NumberToString(double value) => NumberFormatting.ToString(value);

    /// <summary>Null when a regex literal is valid, else its SyntaxError message.</summary>
    public static string? ValidateRegExp(string pattern, string flags) => Runtime.Builtins.RegExpLiteral.Validate(pattern, flags);

    /// <summary>Whether a string is an array index (such keys never enter shapes).</summary>
    public static bool IsArrayIndex(string key) => PropertyKey.TryParseIndex(key, out _);

    // ---- classes, super, new.target (CodeGenerator_Classes.cs, FunctionPlan_Classes.cs) ----
    public static readonly MethodInfo FunctionConstruct = Method(JsFunction, nameof(Runtime.JsFunction.Construct), ArgumentSpan, JsObject);
    public static readonly MethodInfo CreateClass = Op(nameof(Ops.CreateClass), Realm, JsValue, JsValue, typeof(bool));
    public static readonly MethodInfo SetHomeObject = Op(nameof(Ops.SetHomeObject), JsValue, JsObject);
    public static readonly MethodInfo DefineClassMethod = Op(nameof(Ops.DefineClassMethod), Realm, JsObject, JsValue, JsValue);
    public static readonly MethodInfo DefineClassAccessor = Op(nameof(Ops.DefineClassAccessor), Realm, JsObject, JsValue, JsValue, JsValue);
    public static readonly MethodInfo ClassConstructorCallError = Op(nameof(Ops.ClassConstructorCallError), JsClosure);
    public static readonly MethodInfo OrdinaryCreateThis = Op(nameof(Ops.OrdinaryCreateThis), JsClosure, JsObject);
    public static readonly MethodInfo NoteConstructed = Op(nameof(Ops.NoteConstructed), JsValue, JsObject, JsClosure);
    public static readonly MethodInfo ConstructResult = Op(nameof(Ops.ConstructResult), JsValue, JsValue);
    public static readonly MethodInfo DerivedConstructorResult = Op(nameof(Ops.DerivedConstructorResult), Realm, JsValue, JsValue);
    public static readonly MethodInfo BindThisValue = Op(nameof(Ops.BindThisValue), Realm, JsValue, JsValue);
    public static readonly MethodInfo GetSuperConstructor = Op(nameof(Ops.GetSuperConstructor), JsValue);
    public static readonly MethodInfo[] SuperConstructK =
    [
        Op(nameof(Ops.SuperConstruct0), Realm, JsValue, JsValue),
        Op(nameof(Ops.SuperConstruct1), Realm, JsValue, JsValue, JsValue),
        Op(nameof(Ops.SuperConstruct2), Realm, JsValue, JsValue, JsValue, JsValue),
        Op(nameof(Ops.SuperConstruct3), Realm, JsValue, JsValue, JsValue, JsValue, JsValue),
    ];
    public static readonly MethodInfo SuperConstructN = Op(nameof(Ops.SuperConstructN), Realm, JsValue, JsValueArray, JsValue);
    public static readonly MethodInfo SuperConstructForward = Op(nameof(Ops.SuperConstructForward), Realm, JsValue, ArgumentSpan, JsValue);
    public static readonly MethodInfo SuperGet = Op(nameof(Ops.SuperGet), Realm, JsValue, JsValue, JsValue);
    public static readonly MethodInfo SuperSet = Op(nameof(Ops.SuperSet), Realm, JsValue, JsValue, JsValue, JsValue, typeof(bool));
    public static readonly MethodInfo SuperDeleteError = Op(nameof(Ops.SuperDeleteError), Realm);
    public static readonly MethodInfo SetFieldInitializer = Op(nameof(Ops.SetFieldInitializer), JsValue, JsValue);
    public static readonly MethodInfo InitializeInstanceElements = Op(nameof(Ops.InitializeInstanceElements), JsValue, JsValue);
    public static readonly MethodInfo DefineField = Op(nameof(Ops.DefineField), Realm, JsValue, JsValue, JsValue);
    public static readonly MethodInfo RunStaticInitializer = Op(nameof(Ops.RunStaticInitializer), JsValue, JsValue);

    // ---- helpers ----

    private static MethodInfo Op(string name, params Type[] parameters) => Method(typeof(Ops), name, parameters);

    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance, null, parameters, null)
        ?? throw Missing($"{type.Name}.{name}({string.Join(", ", parameters.Select(p => p.Name))})");

    private static MethodInfo Getter(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)?.GetMethod
        ?? throw Missing($"{type.Name}.{name}");

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
        ?? throw Missing($"{type.Name}.{name}");

    private static ConstructorInfo Ctor(Type type, params Type[] parameters) =>
        type.GetConstructor(parameters) ?? throw Missing($"{type.Name}({string.Join(", ", parameters.Select(p => p.Name))})");

    private static InvalidOperationException Missing(string member) =>
        new($"Oden.Runtime lacks {member}, which the compiler emits calls to: the compiler and runtime are out of sync.");
}
