// ProxyCore: the [[ProxyTarget]] and [[ProxyHandler]] slots of a Proxy exotic object and its internal
// methods (§10.5), shared by JsProxy (a non-callable target) and JsCallableProxy (a callable one).
//
// Invariants:
// - Every internal method first checks that the proxy is not revoked, then reads its trap from the
//   handler with GetMethod, then falls back to the target's own internal method when the trap is absent.
//   Each invariant of §10.5 is checked after the trap returns, in spec order, and a violation is a
//   TypeError from the proxy's realm.
// - Every internal method calls realm.EnsureStack() first: a chain of proxies (or a trap that touches its
//   own proxy) recurses in C# and must end in a RangeError, not a stack overflow.
// - Revocation clears both slots; nothing else about the proxy changes (its callability stays).
namespace Oden.Runtime.Builtins;

internal sealed class ProxyCore(Realm realm, JsObject target, JsObject handler)
{
    private readonly Realm _realm = realm;

    /// <summary>[[ProxyTarget]]; null once revoked.</summary>
    public JsObject? Target { get; private set; } = target;

    /// <summary>[[ProxyHandler]]; null once revoked.</summary>
    public JsObject? Handler { get; private set; } = handler;

    /// <summary>Steps 6-7 of a revocation function: set [[ProxyTarget]] and [[ProxyHandler]] to null.</summary>
    public void Revoke()
    {
        Target = null;
        Handler = null;
    }

    /// <summary>
    /// ValidateNonRevokedProxy, then target and handler (steps 1-4 of every internal method), then
    /// trap = ? GetMethod(handler, name) (step 5).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-validatenonrevokedproxy"/>
    private JsFunction? GetTrap(string name, out JsObject target, out JsObject handler)
    {
        _realm.EnsureStack();

        // 1. If proxy.[[ProxyTarget]] is null, throw a TypeError exception.
        if (Target is null) throw _realm.TypeError($"Cannot perform '{name}' on a proxy that has been revoked");

        // 2-4. Let target be O.[[ProxyTarget]]. Let handler be O.[[ProxyHandler]]. Assert: handler is an Object.
        target = Target;
        handler = Handler!;

        // 5. Let trap be ? GetMethod(handler, name).
        JsValue trap = handler.Get(PropertyKey.FromNonIndexString(name));
        if (trap.IsNullish) return null;
        return trap._ref as JsFunction
            ?? throw _realm.TypeError($"'{Operations.DescribeForError(_realm, trap).Trim('"')}' returned for property '{name}' of object '#<{handler.ClassName}>' is not a function");
    }

    private JsException Violation(string trap, string message) => _realm.TypeError($"'{trap}' on proxy: {message}");

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getprototypeof"/>
    public JsObject? GetPrototypeOf()
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "getPrototypeOf").
        JsFunction? trap = GetTrap("getPrototypeOf", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[GetPrototypeOf]]().
        if (trap is null) return target.GetPrototypeOf();

        // 7. Let handlerProto be ? Call(trap, handler, « target »).
        JsValue handlerProto = trap.Call1(handler, target);

        // 8. If handlerProto is not an Object and handlerProto is not null, throw a TypeError exception.
        if (!handlerProto.IsObject && !handlerProto.IsNull)
        {
            throw Violation("getPrototypeOf", "trap returned neither object nor null");
        }

        JsObject? proto = handlerProto._ref as JsObject;

        // 9-10. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is true, return handlerProto.
        if (target.IsExtensible()) return proto;

        // 11. Let targetProto be ? target.[[GetPrototypeOf]]().
        JsObject? targetProto = target.GetPrototypeOf();

        // 12. If SameValue(handlerProto, targetProto) is false, throw a TypeError exception.
        if (!ReferenceEquals(proto, targetProto))
        {
            throw Violation("getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype");
        }

        // 13. Return handlerProto.
        return proto;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v"/>
    public bool SetPrototypeOf(JsObject? v)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "setPrototypeOf").
        JsFunction? trap = GetTrap("setPrototypeOf", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[SetPrototypeOf]](V).
        if (trap is null) return target.SetPrototypeOf(v);

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, V »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call2(handler, target, v is null ? JsValue.Null : v));

        // 8. If booleanTrapResult is false, return false.
        if (!booleanTrapResult) return false;

        // 9-10. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is true, return true.
        if (target.IsExtensible()) return true;

        // 11. Let targetProto be ? target.[[GetPrototypeOf]]().
        JsObject? targetProto = target.GetPrototypeOf();

        // 12. If SameValue(V, targetProto) is false, throw a TypeError exception.
        if (!ReferenceEquals(v, targetProto))
        {
            throw Violation("setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target");
        }

        // 13. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-isextensible"/>
    public bool IsExtensible()
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "isExtensible").
        JsFunction? trap = GetTrap("isExtensible", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? IsExtensible(target).
        if (trap is null) return target.IsExtensible();

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call1(handler, target));

        // 8. Let targetResult be ? IsExtensible(target).
        bool targetResult = target.IsExtensible();

        // 9. If booleanTrapResult is not targetResult, throw a TypeError exception.
        if (booleanTrapResult != targetResult)
        {
            throw Violation("isExtensible", $"trap result does not reflect extensibility of proxy target (which is '{(targetResult ? "true" : "false")}')");
        }

        // 10. Return booleanTrapResult.
        return booleanTrapResult;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-preventextensions"/>
    public bool PreventExtensions()
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "preventExtensions").
        JsFunction? trap = GetTrap("preventExtensions", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[PreventExtensions]]().
        if (trap is null) return target.PreventExtensions();

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call1(handler, target));

        // 8. If booleanTrapResult is true, then
        //    a-b. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is true, throw a TypeError exception.
        if (booleanTrapResult && target.IsExtensible())
        {
            throw Violation("preventExtensions", "trap returned truish but the proxy target is extensible");
        }

        // 9. Return booleanTrapResult.
        return booleanTrapResult;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p"/>
    public bool GetOwnProperty(in PropertyKey p, out PropertyDescriptor result)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "getOwnPropertyDescriptor").
        JsFunction? trap = GetTrap("getOwnPropertyDescriptor", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[GetOwnProperty]](P).
        if (trap is null) return target.GetOwnProperty(p, out result);

        // 7. Let trapResultObj be ? Call(trap, handler, « target, P »).
        JsValue trapResultObj = trap.Call2(handler, target, p.ToJsValue());

        // 8. If trapResultObj is not an Object and trapResultObj is not undefined, throw a TypeError exception.
        if (!trapResultObj.IsObject && !trapResultObj.IsUndefined)
        {
            throw Violation("getOwnPropertyDescriptor", $"trap returned neither object nor undefined for property '{p}'");
        }

        // 9. Let targetDesc be ? target.[[GetOwnProperty]](P).
        bool hasTargetDesc = target.GetOwnProperty(p, out PropertyDescriptor targetDesc);

        // 10. If trapResultObj is undefined, then
        if (trapResultObj.IsUndefined)
        {
            result = default;

            // a. If targetDesc is undefined, return undefined.
            if (!hasTargetDesc) return false;

            // b. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
            if (!targetDesc.Configurable)
            {
                throw Violation("getOwnPropertyDescriptor", $"trap returned undefined for property '{p}' which is non-configurable in the proxy target");
            }

            // c-d. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is false, throw a TypeError exception.
            if (!target.IsExtensible())
            {
                throw Violation("getOwnPropertyDescriptor", $"trap returned undefined for property '{p}' which exists in the non-extensible proxy target");
            }

            // e. Return undefined.
            return false;
        }

        // 11. Let extensibleTarget be ? IsExtensible(target).
        bool extensibleTarget = target.IsExtensible();

        // 12. Let resultDesc be ? ToPropertyDescriptor(trapResultObj).
        PropertyDescriptor resultDesc = Operations.ToPropertyDescriptor(_realm, trapResultObj);

        // 13. Perform CompletePropertyDescriptor(resultDesc).
        CompletePropertyDescriptor(ref resultDesc);

        // 14-15. Let valid be IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetDesc); if false, throw a TypeError exception.
        if (!IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, hasTargetDesc, targetDesc))
        {
            throw Violation("getOwnPropertyDescriptor", $"trap returned descriptor for property '{p}' that is incompatible with the existing property in the proxy target");
        }

        // 16. If resultDesc.[[Configurable]] is false, then
        if (!resultDesc.Configurable)
        {
            // a. If targetDesc is undefined or targetDesc.[[Configurable]] is true, throw a TypeError exception.
            if (!hasTargetDesc || targetDesc.Configurable)
            {
                throw Violation("getOwnPropertyDescriptor", $"trap reported non-configurability for property '{p}' which is either non-existent or configurable in the proxy target");
            }

            // b. If resultDesc has a [[Writable]] field and resultDesc.[[Writable]] is false, then
            //    i-ii. Assert: targetDesc has a [[Writable]] field. If targetDesc.[[Writable]] is true, throw a TypeError exception.
            if (resultDesc.HasWritable && !resultDesc.Writable && targetDesc.Writable)
            {
                throw Violation("getOwnPropertyDescriptor", $"trap reported non-configurable and writable for property '{p}' which is non-configurable, non-writable in the proxy target");
            }
        }

        // 17. Return resultDesc.
        result = resultDesc;
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc"/>
    public bool DefineOwnProperty(in PropertyKey p, in PropertyDescriptor desc)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "defineProperty").
        JsFunction? trap = GetTrap("defineProperty", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[DefineOwnProperty]](P, Desc). (An array target's
        //    ArraySetLength converts a "length" value here, with this proxy's realm.)
        if (trap is null)
        {
            if (!desc.HasValue) return target.DefineOwnProperty(p, desc);
            PropertyDescriptor converted = desc;
            converted.Value = ArrayHelpers.CoerceLengthValue(_realm, target, p, desc.Value);
            return target.DefineOwnProperty(p, converted);
        }

        // 7. Let descObj be FromPropertyDescriptor(Desc).
        JsObject descObj = Operations.FromPropertyDescriptor(_realm, desc);

        // 8. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P, descObj »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call3(handler, target, p.ToJsValue(), descObj));

        // 9. If booleanTrapResult is false, return false.
        if (!booleanTrapResult) return false;

        // 10. Let targetDesc be ? target.[[GetOwnProperty]](P).
        bool hasTargetDesc = target.GetOwnProperty(p, out PropertyDescriptor targetDesc);

        // 11. Let extensibleTarget be ? IsExtensible(target).
        bool extensibleTarget = target.IsExtensible();

        // 12-13. settingConfigFalse is true if Desc has a [[Configurable]] field and Desc.[[Configurable]] is false.
        bool settingConfigFalse = desc.HasConfigurable && !desc.Configurable;

        // 14. If targetDesc is undefined, then
        if (!hasTargetDesc)
        {
            // a. If extensibleTarget is false, throw a TypeError exception.
            if (!extensibleTarget)
            {
                throw Violation("defineProperty", $"trap returned truish for adding property '{p}'  to the non-extensible proxy target");
            }

            // b. If settingConfigFalse is true, throw a TypeError exception.
            if (settingConfigFalse)
            {
                throw Violation("defineProperty", $"trap returned truish for defining non-configurable property '{p}' which is either non-existent or configurable in the proxy target");
            }
        }
        else
        {
            // 15.a. If IsCompatiblePropertyDescriptor(extensibleTarget, Desc, targetDesc) is false, throw a TypeError exception.
            if (!IsCompatiblePropertyDescriptor(extensibleTarget, desc, true, targetDesc))
            {
                throw Violation("defineProperty", $"trap returned truish for adding property '{p}'  that is incompatible with the existing property in the proxy target");
            }

            // b. If settingConfigFalse is true and targetDesc.[[Configurable]] is true, throw a TypeError exception.
            if (settingConfigFalse && targetDesc.Configurable)
            {
                throw Violation("defineProperty", $"trap returned truish for defining non-configurable property '{p}' which is either non-existent or configurable in the proxy target");
            }

            // c. If IsDataDescriptor(targetDesc) is true, targetDesc.[[Configurable]] is false, and targetDesc.[[Writable]] is true, then
            //    i. If Desc has a [[Writable]] field and Desc.[[Writable]] is false, throw a TypeError exception.
            if (targetDesc.IsDataDescriptor && !targetDesc.Configurable && targetDesc.Writable && desc.HasWritable && !desc.Writable)
            {
                throw Violation("defineProperty", $"trap returned truish for defining non-configurable property '{p}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.");
            }
        }

        // 16. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p"/>
    public bool HasProperty(in PropertyKey p)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "has").
        JsFunction? trap = GetTrap("has", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[HasProperty]](P).
        if (trap is null) return target.HasProperty(p);

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call2(handler, target, p.ToJsValue()));

        // 8. If booleanTrapResult is false, then
        if (!booleanTrapResult)
        {
            // a. Let targetDesc be ? target.[[GetOwnProperty]](P).
            // b. If targetDesc is not undefined, then
            if (target.GetOwnProperty(p, out PropertyDescriptor targetDesc))
            {
                // i. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
                if (!targetDesc.Configurable)
                {
                    throw Violation("has", $"trap returned falsish for property '{p}' which exists in the proxy target as non-configurable");
                }

                // ii-iii. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is false, throw a TypeError exception.
                if (!target.IsExtensible())
                {
                    throw Violation("has", $"trap returned falsish for property '{p}' but the proxy target is not extensible");
                }
            }
        }

        // 9. Return booleanTrapResult.
        return booleanTrapResult;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver"/>
    public JsValue Get(in PropertyKey p, JsValue receiver)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "get").
        JsFunction? trap = GetTrap("get", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[Get]](P, Receiver).
        if (trap is null) return target.Get(p, receiver);

        // 7. Let trapResult be ? Call(trap, handler, « target, P, Receiver »).
        JsValue trapResult = trap.Call3(handler, target, p.ToJsValue(), receiver);

        // 8. Let targetDesc be ? target.[[GetOwnProperty]](P).
        // 9. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
        if (target.GetOwnProperty(p, out PropertyDescriptor targetDesc) && !targetDesc.Configurable)
        {
            // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false, then
            //    i. If SameValue(trapResult, targetDesc.[[Value]]) is false, throw a TypeError exception.
            if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Operations.SameValue(trapResult, targetDesc.Value))
            {
                throw Violation("get", $"property '{p}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '{Describe(targetDesc.Value)}' but got '{Describe(trapResult)}')");
            }

            // b. If IsAccessorDescriptor(targetDesc) is true and targetDesc.[[Get]] is undefined, then
            //    i. If trapResult is not undefined, throw a TypeError exception.
            if (targetDesc.IsAccessorDescriptor && targetDesc.Get is null && !trapResult.IsUndefined)
            {
                throw Violation("get", $"property '{p}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '{Describe(trapResult)}')");
            }
        }

        // 10. Return trapResult.
        return trapResult;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver"/>
    public bool Set(in PropertyKey p, JsValue v, JsValue receiver)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "set").
        JsFunction? trap = GetTrap("set", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[Set]](P, V, Receiver).
        if (trap is null) return target.Set(p, v, receiver);

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P, V, Receiver »)).
        ArgumentBuffer4 args = default;
        args[0] = target;
        args[1] = p.ToJsValue();
        args[2] = v;
        args[3] = receiver;
        bool booleanTrapResult = Operations.ToBoolean(trap.Call(handler, args));

        // 8. If booleanTrapResult is false, return false.
        if (!booleanTrapResult) return false;

        // 9. Let targetDesc be ? target.[[GetOwnProperty]](P).
        // 10. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
        if (target.GetOwnProperty(p, out PropertyDescriptor targetDesc) && !targetDesc.Configurable)
        {
            // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false, then
            //    i. If SameValue(V, targetDesc.[[Value]]) is false, throw a TypeError exception.
            if (targetDesc.IsDataDescriptor && !targetDesc.Writable && !Operations.SameValue(v, targetDesc.Value))
            {
                throw Violation("set", $"trap returned truish for property '{p}' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
            }

            // b. If IsAccessorDescriptor(targetDesc) is true, then
            //    i. If targetDesc.[[Set]] is undefined, throw a TypeError exception.
            if (targetDesc.IsAccessorDescriptor && targetDesc.Set is null)
            {
                throw Violation("set", $"trap returned truish for property '{p}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
            }
        }

        // 11. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-delete-p"/>
    public bool Delete(in PropertyKey p)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "deleteProperty").
        JsFunction? trap = GetTrap("deleteProperty", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[Delete]](P).
        if (trap is null) return target.Delete(p);

        // 7. Let booleanTrapResult be ToBoolean(? Call(trap, handler, « target, P »)).
        bool booleanTrapResult = Operations.ToBoolean(trap.Call2(handler, target, p.ToJsValue()));

        // 8. If booleanTrapResult is false, return false.
        if (!booleanTrapResult) return false;

        // 9-10. Let targetDesc be ? target.[[GetOwnProperty]](P). If targetDesc is undefined, return true.
        if (!target.GetOwnProperty(p, out PropertyDescriptor targetDesc)) return true;

        // 11. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
        if (!targetDesc.Configurable)
        {
            throw Violation("deleteProperty", $"trap returned truish for property '{p}' which is non-configurable in the proxy target");
        }

        // 12-13. Let extensibleTarget be ? IsExtensible(target). If extensibleTarget is false, throw a TypeError exception.
        if (!target.IsExtensible())
        {
            throw Violation("deleteProperty", $"trap returned truish for property '{p}' but the proxy target is non-extensible");
        }

        // 14. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys"/>
    public void OwnPropertyKeys(List<PropertyKey> keys)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "ownKeys").
        JsFunction? trap = GetTrap("ownKeys", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? target.[[OwnPropertyKeys]]().
        if (trap is null)
        {
            target.OwnPropertyKeys(keys);
            return;
        }

        // 7. Let trapResultArray be ? Call(trap, handler, « target »).
        JsValue trapResultArray = trap.Call1(handler, target);

        // 8. Let trapResult be ? CreateListFromArrayLike(trapResultArray, « String, Symbol »).
        List<PropertyKey> trapResult = CreatePropertyKeyListFromArrayLike(_realm, trapResultArray);

        // 9. If trapResult contains any duplicate entries, throw a TypeError exception.
        var unchecked_ = new HashSet<PropertyKey>();
        foreach (PropertyKey key in trapResult)
        {
            if (!unchecked_.Add(key)) throw Violation("ownKeys", "trap returned duplicate entries");
        }

        // 10. Let extensibleTarget be ? IsExtensible(target).
        bool extensibleTarget = target.IsExtensible();

        // 11. Let targetKeys be ? target.[[OwnPropertyKeys]]().
        List<PropertyKey> targetKeys = target.OwnPropertyKeys();

        // 12-15. Split targetKeys into configurable and non-configurable ones.
        var targetConfigurableKeys = new List<PropertyKey>();
        var targetNonconfigurableKeys = new List<PropertyKey>();
        foreach (PropertyKey key in targetKeys)
        {
            // a. Let desc be ? target.[[GetOwnProperty]](key).
            // b-c. If desc is not undefined and desc.[[Configurable]] is false, it is non-configurable; else configurable.
            if (target.GetOwnProperty(key, out PropertyDescriptor desc) && !desc.Configurable) targetNonconfigurableKeys.Add(key);
            else targetConfigurableKeys.Add(key);
        }

        // 16. If extensibleTarget is true and targetNonconfigurableKeys is empty, return trapResult.
        if (extensibleTarget && targetNonconfigurableKeys.Count == 0)
        {
            keys.AddRange(trapResult);
            return;
        }

        // 17. Let uncheckedResultKeys be a List whose elements are the elements of trapResult (unchecked_ above).
        // 18. For each element key of targetNonconfigurableKeys: it must be in uncheckedResultKeys; remove it.
        foreach (PropertyKey key in targetNonconfigurableKeys)
        {
            if (!unchecked_.Remove(key)) throw Violation("ownKeys", $"trap result did not include '{key}'");
        }

        // 19. If extensibleTarget is true, return trapResult.
        if (extensibleTarget)
        {
            keys.AddRange(trapResult);
            return;
        }

        // 20. For each element key of targetConfigurableKeys: it must be in uncheckedResultKeys; remove it.
        foreach (PropertyKey key in targetConfigurableKeys)
        {
            if (!unchecked_.Remove(key)) throw Violation("ownKeys", $"trap result did not include '{key}'");
        }

        // 21. If uncheckedResultKeys is not empty, throw a TypeError exception.
        if (unchecked_.Count != 0)
        {
            throw Violation("ownKeys", "trap returned extra keys but proxy target is non-extensible");
        }

        // 22. Return trapResult.
        keys.AddRange(trapResult);
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist"/>
    public JsValue Call(JsValue thisArgument, ReadOnlySpan<JsValue> argumentsList)
    {
        // 1-5. Validate; target, handler; trap = ? GetMethod(handler, "apply").
        JsFunction? trap = GetTrap("apply", out JsObject target, out JsObject handler);

        // 6. If trap is undefined, return ? Call(target, thisArgument, argumentsList).
        if (trap is null) return ((JsFunction)target).Call(thisArgument, argumentsList);

        // 7. Let argArray be CreateArrayFromList(argumentsList).
        JsArray argArray = Operations.CreateArrayFromList(_realm, argumentsList);

        // 8. Return ? Call(trap, handler, « target, thisArgument, argArray »).
        return trap.Call3(handler, target, thisArgument, argArray);
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget"/>
    public JsValue Construct(ReadOnlySpan<JsValue> argumentsList, JsObject newTarget)
    {
        // 1-4. Validate; target, handler. 5. Assert: IsConstructor(target) is true.
        // 6. Let trap be ? GetMethod(handler, "construct").
        JsFunction? trap = GetTrap("construct", out JsObject target, out JsObject handler);

        // 7. If trap is undefined, return ? Construct(target, argumentsList, newTarget).
        if (trap is null) return ((JsFunction)target).Construct(argumentsList, newTarget);

        // 8. Let argArray be CreateArrayFromList(argumentsList).
        JsArray argArray = Operations.CreateArrayFromList(_realm, argumentsList);

        // 9. Let newObj be ? Call(trap, handler, « target, argArray, newTarget »).
        JsValue newObj = trap.Call3(handler, target, argArray, newTarget);

        // 10. If newObj is not an Object, throw a TypeError exception.
        if (!newObj.IsObject) throw Violation("construct", $"trap returned non-object ('{Describe(newObj)}')");

        // 11. Return newObj.
        return newObj;
    }

    /// <summary>IsArray step 3: a proxy answers for its target; a revoked one throws.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-isarray"/>
    public bool IsArray()
    {
        _realm.EnsureStack();

        // a. Perform ? ValidateNonRevokedProxy(argument).
        if (Target is null) throw _realm.TypeError("Cannot perform 'IsArray' on a proxy that has been revoked");

        // b-c. Let proxyTarget be argument.[[ProxyTarget]]. Return ? IsArray(proxyTarget).
        return Operations.IsArray(Target);
    }

    private string Describe(JsValue v) => v.IsSymbol ? v.AsSymbol.ToString() : v.IsObject ? "[object Object]" : Operations.ToString(_realm, v);

    // ------------------------------------------------------------------------------------------------
    // Descriptor helpers (validation only: the proxy never stores anything).
    // ------------------------------------------------------------------------------------------------

    /// <see href="https://tc39.es/ecma262/#sec-completepropertydescriptor"/>
    internal static void CompletePropertyDescriptor(ref PropertyDescriptor desc)
    {
        // 2. If IsGenericDescriptor(Desc) is true or IsDataDescriptor(Desc) is true, then
        if (desc.IsGenericDescriptor || desc.IsDataDescriptor)
        {
            // a. If Desc does not have a [[Value]] field, set Desc.[[Value]] to like.[[Value]] (undefined).
            if (!desc.HasValue)
            {
                desc.HasValue = true;
                desc.Value = default;
            }

            // b. If Desc does not have a [[Writable]] field, set Desc.[[Writable]] to like.[[Writable]] (false).
            if (!desc.HasWritable)
            {
                desc.HasWritable = true;
                desc.Writable = false;
            }
        }
        else
        {
            // 3.a-b. Absent [[Get]] and [[Set]] become undefined.
            desc.HasGet = true;
            desc.HasSet = true;
        }

        // 4. If Desc does not have an [[Enumerable]] field, set Desc.[[Enumerable]] to false.
        if (!desc.HasEnumerable)
        {
            desc.HasEnumerable = true;
            desc.Enumerable = false;
        }

        // 5. If Desc does not have a [[Configurable]] field, set Desc.[[Configurable]] to false.
        if (!desc.HasConfigurable)
        {
            desc.HasConfigurable = true;
            desc.Configurable = false;
        }
    }

    /// <summary>IsCompatiblePropertyDescriptor: ValidateAndApplyPropertyDescriptor(undefined, "", Extensible, Desc, Current).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor"/>
    /// <see href="https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor"/>
    internal static bool IsCompatiblePropertyDescriptor(bool extensible, in PropertyDescriptor desc, bool hasCurrent, in PropertyDescriptor current)
    {
        // 2. If current is undefined, then
        if (!hasCurrent)
        {
            // a. If extensible is false, return false.
            // b. If O is undefined, return true.
            return extensible;
        }

        // 4. If Desc does not have any fields, return true.
        if (desc.IsGenericDescriptor && !desc.HasEnumerable && !desc.HasConfigurable) return true;

        // 5. If current.[[Configurable]] is false, then
        if (!current.Configurable)
        {
            // a. If Desc has a [[Configurable]] field and Desc.[[Configurable]] is true, return false.
            if (desc.HasConfigurable && desc.Configurable) return false;

            // b. If Desc has an [[Enumerable]] field and Desc.[[Enumerable]] is not current.[[Enumerable]], return false.
            if (desc.HasEnumerable && desc.Enumerable != current.Enumerable) return false;

            // c. If IsGenericDescriptor(Desc) is false and IsAccessorDescriptor(Desc) is not IsAccessorDescriptor(current), return false.
            if (!desc.IsGenericDescriptor && desc.IsAccessorDescriptor != current.IsAccessorDescriptor) return false;

            // d. If IsAccessorDescriptor(current) is true, then
            if (current.IsAccessorDescriptor)
            {
                // i. If Desc has a [[Get]] field and SameValue(Desc.[[Get]], current.[[Get]]) is false, return false.
                if (desc.HasGet && !ReferenceEquals(desc.Get, current.Get)) return false;

                // ii. If Desc has a [[Set]] field and SameValue(Desc.[[Set]], current.[[Set]]) is false, return false.
                if (desc.HasSet && !ReferenceEquals(desc.Set, current.Set)) return false;
            }
            else if (!current.Writable)
            {
                // e.i. If Desc has a [[Writable]] field and Desc.[[Writable]] is true, return false.
                if (desc.HasWritable && desc.Writable) return false;

                // ii. If Desc has a [[Value]] field and SameValue(Desc.[[Value]], current.[[Value]]) is false, return false.
                if (desc.HasValue && !Operations.SameValue(desc.Value, current.Value)) return false;
            }
        }

        // 6-7. (O is undefined: nothing to apply.) Return true.
        return true;
    }

    /// <summary>CreateListFromArrayLike(obj, « String, Symbol »), as property keys.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-createlistfromarraylike"/>
    internal static List<PropertyKey> CreatePropertyKeyListFromArrayLike(Realm realm, JsValue obj)
    {
        // 1. If obj is not an Object, throw a TypeError exception.
        if (obj._ref is not JsObject o) throw realm.TypeError("CreateListFromArrayLike called on non-object");

        // 2. Let len be ? LengthOfArrayLike(obj).
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-5. For each index: next = ? Get(obj, index); it must be a String or a Symbol.
        var list = new List<PropertyKey>();
        for (double index = 0; index < len; index++)
        {
            JsValue next = ArrayHelpers.Get(o, index);
            if (next._ref is JsSymbol symbol) list.Add(PropertyKey.FromSymbol(symbol));
            else if (next.IsString) list.Add(PropertyKey.FromString(next.AsString()));
            else throw realm.TypeError($"{Operations.DescribeForError(realm, next)} is not a valid property name");
        }

        // 6. Return list.
        return list;
    }
}
