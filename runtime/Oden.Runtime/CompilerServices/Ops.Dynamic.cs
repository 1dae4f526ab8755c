// The ABI of `with` and direct eval (see ScopeEnvironment.cs and docs/architecture.md, "Dynamic scopes").
//
// A reference the compiler cannot resolve statically (inside `with`, or where eval code may have
// declared a var) is compiled as a list of checks followed by its static resolution: each check asks
// one with object (HasBinding: HasProperty, then @@unscopables) or one var scope's eval-declared vars,
// or walks the runtime scope chain of eval code. The first check that has the name yields the *base*
// of the reference (the with object, or the ScopeEnvironment); none means the static binding or the
// global object. Reads, writes, calls, typeof and delete then go through the base.
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>The with statement's ToObject(expression) (a TypeError for null and undefined).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue ToWithObject(Realm realm, JsValue value) => JsValue.FromRef(Operations.ToObject(realm, value));

    /// <summary>
    /// HasBinding of a with statement's object environment.
    /// https://tc39.es/ecma262/#sec-object-environment-records-hasbinding-n
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool WithHasBinding(Realm realm, JsValue withObject, string name)
    {
        var bindingObject = (JsObject)withObject._ref!;
        var key = PropertyKey.FromString(name);
        // 2-3. If ? HasProperty(bindingObject, N) is false, return false.
        if (!bindingObject.HasProperty(key)) return false;
        // 5-7. Let unscopables be ? Get(bindingObject, @@unscopables); a truthy unscopables[N] hides N.
        JsValue unscopables = bindingObject.Get(PropertyKey.FromSymbol(JsSymbol.Unscopables));
        if (unscopables._ref is JsObject u)
        {
            return !Operations.ToBoolean(u.Get(key));
        }

        return true;
    }

    /// <summary>The with object of a binding that holds one, as a reference base.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static object WithBase(JsValue withObject) => withObject._ref!;

    /// <summary>
    /// ResolveBinding over a runtime scope chain (eval code's free names): the base whose environment
    /// has <paramref name="name"/>, or null for the global object.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static object? ResolveInChain(Realm realm, ScopeEnvironment? environment, string name)
    {
        for (var env = environment; env is not null; env = env.Outer)
        {
            if (env.Descriptor.Kind == ScopeEnvironmentKind.With)
            {
                JsValue o = env.GetSlot(0);
                if (WithHasBinding(realm, o, name)) return o._ref!;
            }
            else if (env.HasBinding(name))
            {
                return env;
            }
        }

        return null;
    }

    /// <summary>GetBindingValue through a resolved base (a with object or a ScopeEnvironment).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue GetFromBase(Realm realm, object @base, string name, bool strict)
    {
        if (@base is ScopeEnvironment env) return env.GetBindingValue(realm, name);
        var o = (JsObject)@base;
        var key = PropertyKey.FromString(name);
        // https://tc39.es/ecma262/#sec-object-environment-records-getbindingvalue-n-s re-checks
        // HasProperty (a ReferenceError in strict code when the property vanished); V8 does not, and
        // only a Proxy's has trap can tell, so Oden follows V8 in sloppy code.
        if (strict && !o.HasProperty(key)) throw realm.ReferenceError($"{name} is not defined");
        return o.Get(key);
    }

    /// <summary>SetMutableBinding through a resolved base.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SetOnBase(Realm realm, object @base, string name, JsValue value, bool strict)
    {
        if (@base is ScopeEnvironment env)
        {
            env.SetMutableBinding(realm, name, value, strict);
            return;
        }

        var o = (JsObject)@base;
        var key = PropertyKey.FromString(name);
        // https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s (its
        // stillExists check only matters in strict code; V8 skips it in sloppy code, as here).
        if (strict && !o.HasProperty(key)) throw realm.ReferenceError($"{name} is not defined");
        Operations.Set(realm, o, key, value, throwOnFailure: strict);
    }

    /// <summary>The `this` of a call through a resolved base: the with object (WithBaseObject), else undefined.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue ThisForBase(object @base) => @base is JsObject o ? JsValue.FromRef(o) : default;

    /// <summary>`delete name` through a resolved base: the with object's property, or an eval-declared var.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool DeleteFromBase(Realm realm, object @base, string name)
    {
        if (@base is ScopeEnvironment env) return env.DeleteBinding(name);
        return ((JsObject)@base).Delete(PropertyKey.FromString(name));
    }

    /// <summary>
    /// A call <c>eval(args)</c> whose callee is the identifier eval: a direct eval when the value is
    /// this realm's %eval% (https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation,
    /// step 6), an ordinary call otherwise. <paramref name="newTarget"/> is the caller's new.target and
    /// <paramref name="inFunction"/> says whether the caller's this-environment is a function's
    /// (PerformEval: otherwise new.target in the eval code is a SyntaxError).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue CallEval(Realm realm, JsValue callee, JsValue thisForCall, JsValue[] args, ScopeEnvironment? scope, JsValue thisValue, JsValue newTarget,
        bool strict, bool inFunction, string location, JsFunction caller)
    {
        if (!ReferenceEquals(callee._ref, realm.Intrinsics.EvalFunction))
        {
            return CallN(realm, callee, thisForCall, args, "eval");
        }

        // 6.a. If argList has no elements, return undefined.
        if (args.Length == 0) return default;
        return PerformEval(realm, args[0], DynamicCodeKind.DirectEval, strict, scope, thisValue, location, caller, newTarget, inFunction);
    }

    /// <summary>
    /// PerformEval(x, strictCaller, direct). https://tc39.es/ecma262/#sec-performeval
    /// </summary>
    internal static JsValue PerformEval(Realm realm, JsValue x, DynamicCodeKind kind, bool strictCaller, ScopeEnvironment? scope, JsValue thisValue, string location, JsFunction? caller,
        JsValue newTarget = default, bool inFunction = false)
    {
        // 2. If x is not a String, return x.
        if (!x.IsString) return x;
        IDynamicCodeCompiler compiler = realm.DynamicCodeCompiler
            ?? throw realm.EvalError("eval() is not available: this realm has no compiler hook for dynamic code (install one with OdenCompilerHook.Install(realm))");
        bool direct = kind == DynamicCodeKind.DirectEval;
        DynamicCode code = compiler.Compile(realm, new DynamicCodeRequest(kind, x.AsString(), strictCaller, location, caller) { InFunction = direct && inFunction });
        if (!direct)
        {
            scope = null;
            thisValue = JsValue.FromRef(realm.GlobalObject);
            newTarget = default;
        }

        // EvalDeclarationInstantiation: a sloppy program's vars and functions go to the caller's variable environment.
        if (!code.IsStrict && (code.VarNames.Length > 0 || code.FunctionNames.Length > 0))
        {
            DeclareEvalVars(realm, scope, code.VarNames, code.FunctionNames);
        }

        return code.Run(realm, scope, thisValue, newTarget);
    }

    /// <summary>
    /// EvalDeclarationInstantiation for sloppy eval code: the names may not clash with a lexical binding
    /// between the eval and its variable environment (a SyntaxError; a catch parameter is fine, B.3.4),
    /// then each var is created (undefined) unless it exists. Functions are assigned by the program itself.
    /// https://tc39.es/ecma262/#sec-evaldeclarationinstantiation
    /// </summary>
    internal static void DeclareEvalVars(Realm realm, ScopeEnvironment? scope, string[] varNames, string[] functionNames)
    {
        ScopeEnvironment? varEnv = scope;
        while (true)
        {
            if (varEnv is not null && varEnv.Descriptor.Kind != ScopeEnvironmentKind.With)
            {
                CheckNoLexicalClash(realm, varEnv, varNames);
                CheckNoLexicalClash(realm, varEnv, functionNames);
            }

            if (varEnv is null || varEnv.Descriptor.Kind == ScopeEnvironmentKind.Var) break;
            varEnv = varEnv.Outer;
        }

        if (varEnv is null)
        {
            // The global object: CreateGlobalFunctionBinding / CreateGlobalVarBinding with D = true (deletable).
            JsObject global = realm.GlobalObject;
            foreach (var name in functionNames)
            {
                var key = PropertyKey.FromString(name);
                if (!global.GetOwnProperty(key, out PropertyDescriptor existing) || existing.Configurable)
                {
                    Operations.DefinePropertyOrThrow(realm, global, key, PropertyDescriptor.Data(default, PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable));
                }
                else if (existing.IsAccessorDescriptor || !(existing.Writable && existing.Enumerable))
                {
                    throw realm.TypeError($"Cannot redefine property: {name}");
                }
            }

            foreach (var name in varNames)
            {
                var key = PropertyKey.FromString(name);
                if (global.GetOwnProperty(key, out _)) continue;
                if (!global.IsExtensible()) throw realm.TypeError($"Cannot define property {name}, object is not extensible");
                Operations.DefinePropertyOrThrow(realm, global, key, PropertyDescriptor.Data(default, PropertyFlags.Writable | PropertyFlags.Enumerable | PropertyFlags.Configurable));
            }

            return;
        }

        foreach (var name in functionNames) varEnv.DeclareEvalVar(name);
        foreach (var name in varNames) varEnv.DeclareEvalVar(name);
    }

    private static void CheckNoLexicalClash(Realm realm, ScopeEnvironment env, string[] names)
    {
        ScopeDescriptor descriptor = env.Descriptor;
        foreach (var name in names)
        {
            int index = descriptor.IndexOf(name);
            if (index >= 0 && (descriptor.FlagsAt(index) & ScopeBindingFlags.Lexical) != 0)
            {
                throw realm.SyntaxError($"Identifier '{name}' has already been declared");
            }
        }
    }
}
