// Classes, super and new.target for generated code (see docs/architecture.md, "Classes").
//
// A class constructor is a JsClosure of kind ClassConstructor whose generated subclass overrides Call
// (a TypeError) and Construct (which passes new.target to the body as a trailing argument). A method
// whose body uses `super` has [[HomeObject]] (JsClosure.HomeObject) set when it is defined; its body
// reaches it through its own function object, which arrows inside it capture like a binding.
// Every member here is called from generated IL only.
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>
    /// ClassDefinitionEvaluation steps 5-8 and 16-18 (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation):
    /// checks the heritage, creates the prototype object, links the constructor to its parent and the
    /// prototype, and returns the prototype. <paramref name="constructor"/> is the fresh class closure.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsObject CreateClass(Realm realm, JsValue constructor, JsValue heritage, bool hasHeritage)
    {
        JsObject? protoParent = realm.Intrinsics.ObjectPrototype;
        JsObject constructorParent = realm.Intrinsics.FunctionPrototype;
        if (hasHeritage)
        {
            // 8.e. If superclass is null, then protoParent = null, constructorParent = %Function.prototype%.
            if (heritage.IsNull)
            {
                protoParent = null;
            }
            // 8.f. Else if IsConstructor(superclass) is false, throw a TypeError exception.
            else if (heritage._ref is not JsFunction { IsConstructor: true } superclass)
            {
                throw realm.TypeError($"Class extends value {Operations.DescribeForError(realm, heritage)} is not a constructor or null");
            }
            else
            {
                // 8.g.i. Let protoParent be ? Get(superclass, "prototype").
                JsValue parentPrototype = superclass.Get("prototype");
                // 8.g.ii. If protoParent is not an Object and protoParent is not null, throw a TypeError exception.
                if (parentPrototype._ref is JsObject p) protoParent = p;
                else if (parentPrototype.IsNull) protoParent = null;
                else throw realm.TypeError($"Class extends value does not have valid prototype property {Operations.DescribeForError(realm, parentPrototype)}");
                constructorParent = superclass;
            }
        }

        // 9. Let proto be OrdinaryObjectCreate(protoParent).
        var proto = new JsObject(protoParent);

        // 14-18. F.[[Prototype]] = constructorParent; MakeConstructor(F, false, proto);
        //        CreateMethodProperty(proto, "constructor", F).
        var f = (JsClosure)constructor._ref!;
        if (!ReferenceEquals(constructorParent, f.GetPrototypeOf())) f.SetPrototypeOf(constructorParent);
        f._slots[2] = JsValue.FromRef(proto);
        f.HomeObject = proto;
        proto.FastAddProperty("constructor", constructor, PropertyFlags.Hidden);
        return proto;
    }

    /// <summary>Sets a method's [[HomeObject]] (MakeMethod) and returns the method.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SetHomeObject(JsValue method, JsObject home)
    {
        ((JsClosure)method._ref!).HomeObject = home;
        return method;
    }

    /// <summary>A class method: DefineMethodProperty(home, key, closure, enumerable: false).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void DefineClassMethod(Realm realm, JsObject target, JsValue key, JsValue method) =>
        Operations.DefinePropertyOrThrow(realm, target, Operations.ToPropertyKey(realm, key), PropertyDescriptor.Data(method, PropertyFlags.Hidden));

    /// <summary>A class getter or setter (non-enumerable, configurable), merged with the other half of an existing accessor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void DefineClassAccessor(Realm realm, JsObject target, JsValue key, JsValue getter, JsValue setter) =>
        DefineAccessorProperty(realm, target, key, getter, setter, enumerable: false);

    /// <summary>[[Call]] of a class constructor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsException ClassConstructorCallError(JsClosure constructor) =>
        constructor.Realm.TypeError($"Class constructor {constructor.DebugName} cannot be invoked without 'new'");

    /// <summary>The `this` object of [[Construct]] for a base class constructor or an ordinary function that uses new.target.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue OrdinaryCreateThis(JsClosure callee, JsObject newTarget) => JsValue.FromRef(callee.OrdinaryCreateThis(newTarget));

    /// <summary>[[Construct]] step 10 for a base kind: an object result replaces `this`.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue ConstructResult(JsValue result, JsValue thisArgument) => result.IsObject ? result : thisArgument;

    /// <summary>The end of a generated [[Construct]]: notes the finished object's size for the next `this` (see JsClosure).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue NoteConstructed(JsValue result, JsObject newTarget, JsClosure callee) => callee.NoteConstructed(newTarget, result);

    /// <summary>
    /// The value a derived constructor returns (https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
    /// steps 10-12): an object; else undefined gives the this binding, which must be initialized.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue DerivedConstructorResult(Realm realm, JsValue result, JsValue thisBinding)
    {
        if (result.IsObject) return result;
        if (!result.IsUndefined) throw realm.TypeError("Derived constructors may only return object or undefined");
        if (IsUninitialized(thisBinding)) throw ThisBeforeSuper(realm);
        return thisBinding;
    }

    /// <summary>The ReferenceError of `this` (or a return) before super() in a derived constructor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsException ThisBeforeSuper(Realm realm) =>
        realm.ReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");

    /// <summary>BindThisValue after super(): a second super() call is a ReferenceError (after the parent constructor ran).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue BindThisValue(Realm realm, JsValue currentThis, JsValue result)
    {
        if (!IsUninitialized(currentThis)) throw realm.ReferenceError("Super constructor may only be called once");
        return result;
    }

    // ---- super(...) --------------------------------------------------------------------------------

    /// <summary>GetSuperConstructor: the active class constructor's [[GetPrototypeOf]](), before the arguments are evaluated.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue GetSuperConstructor(JsValue activeFunction)
    {
        JsObject? parent = ((JsObject)activeFunction._ref!).GetPrototypeOf();
        return parent is null ? JsValue.Null : JsValue.FromRef(parent);
    }

    private static JsFunction AsSuperConstructor(Realm realm, JsValue superConstructor)
    {
        if (superConstructor._ref is JsFunction { IsConstructor: true } f) return f;
        throw realm.TypeError($"Super constructor {Operations.DescribeForError(realm, superConstructor)} of anonymous class is not a constructor");
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstruct0(Realm realm, JsValue superConstructor, JsValue newTarget) =>
        AsSuperConstructor(realm, superConstructor).Construct(ReadOnlySpan<JsValue>.Empty, (JsObject)newTarget._ref!);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstruct1(Realm realm, JsValue superConstructor, JsValue a0, JsValue newTarget) =>
        AsSuperConstructor(realm, superConstructor).Construct(new ReadOnlySpan<JsValue>(in a0), (JsObject)newTarget._ref!);

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstruct2(Realm realm, JsValue superConstructor, JsValue a0, JsValue a1, JsValue newTarget)
    {
        JsFunction f = AsSuperConstructor(realm, superConstructor);
        ArgumentBuffer2 args = default;
        args[0] = a0;
        args[1] = a1;
        return f.Construct(args, (JsObject)newTarget._ref!);
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstruct3(Realm realm, JsValue superConstructor, JsValue a0, JsValue a1, JsValue a2, JsValue newTarget)
    {
        JsFunction f = AsSuperConstructor(realm, superConstructor);
        ArgumentBuffer3 args = default;
        args[0] = a0;
        args[1] = a1;
        args[2] = a2;
        return f.Construct(args, (JsObject)newTarget._ref!);
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstructN(Realm realm, JsValue superConstructor, JsValue[] args, JsValue newTarget) =>
        AsSuperConstructor(realm, superConstructor).Construct(args, (JsObject)newTarget._ref!);

    /// <summary>The implicit derived constructor: super(...args) with the caller's arguments as they are (no array iteration).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperConstructForward(Realm realm, JsValue superConstructor, ReadOnlySpan<JsValue> args, JsValue newTarget) =>
        AsSuperConstructor(realm, superConstructor).Construct(args, (JsObject)newTarget._ref!);

    // ---- super.x -----------------------------------------------------------------------------------

    /// <summary>GetSuperBase: [[HomeObject]].[[GetPrototypeOf]]() of the method that contains the reference.</summary>
    private static JsObject? SuperBase(JsValue activeFunction) =>
        ((JsClosure)activeFunction._ref!).HomeObject?.GetPrototypeOf();

    /// <summary>super[key] / super.name as a value: the super base's property, read with this as the receiver.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue SuperGet(Realm realm, JsValue activeFunction, JsValue key, JsValue thisValue)
    {
        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        JsObject? baseObject = SuperBase(activeFunction);
        if (baseObject is null) throw realm.TypeError($"Cannot read properties of null (reading '{pk}')");
        return baseObject.Get(pk, thisValue);
    }

    /// <summary>super[key] = value: [[Set]] on the super base with this as the receiver (a TypeError on failure in strict code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SuperSet(Realm realm, JsValue activeFunction, JsValue key, JsValue value, JsValue thisValue, bool strict)
    {
        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        JsObject? baseObject = SuperBase(activeFunction);
        if (baseObject is null) throw realm.TypeError($"Cannot set properties of null (setting '{pk}')");
        if (!baseObject.Set(pk, value, thisValue) && strict)
            throw realm.TypeError($"Cannot assign to read only property '{pk}' of object");
    }

    // ---- fields and static blocks ------------------------------------------------------------------

    /// <summary>F.[[Fields]] = the class's instance-field initializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SetFieldInitializer(JsValue constructor, JsValue initializer) =>
        ((JsClosure)constructor._ref!).FieldInitializer = (JsFunction)initializer._ref!;

    /// <summary>InitializeInstanceElements(O, constructor): runs the constructor's field initializer with this = O.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void InitializeInstanceElements(JsValue target, JsValue constructor)
    {
        if (((JsClosure)constructor._ref!).FieldInitializer is { } initializer) initializer.Call0(target);
    }

    /// <summary>DefineField: CreateDataPropertyOrThrow(receiver, key, value) (a TypeError on a non-extensible object or a non-configurable property).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void DefineField(Realm realm, JsValue target, JsValue key, JsValue value)
    {
        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        if (target._ref is not JsObject o || !o.DefineOwnProperty(pk, PropertyDescriptor.Data(value, PropertyFlags.Default)))
            throw realm.TypeError($"Cannot define property {pk}, object is not extensible");
    }

    /// <summary>A static field's or static block's initializer, run once with this = the class.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RunStaticInitializer(JsValue initializer, JsValue constructor) =>
        ((JsFunction)initializer._ref!).Call0(constructor);

    /// <summary><c>delete super.x</c>: a ReferenceError (after the key is evaluated).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsException SuperDeleteError(Realm realm) => realm.ReferenceError("Unsupported reference to 'super'");
}
