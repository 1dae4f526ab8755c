// %TypedArray% (the abstract constructor, with from/of/@@species) and the abstract operations the
// concrete constructors and the prototype methods share: the TypedArray constructor steps,
// AllocateTypedArray, the Initialize* family, TypedArraySpeciesCreate, TypedArrayCreateFromConstructor,
// TypedArrayCreateSameType and ValidateTypedArray.
namespace Oden.Runtime.Builtins;

/// <summary>%TypedArray% and its static methods.</summary>
internal static partial class TypedArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%"/>
    [JsConstructor("TypedArray")]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. Throw a TypeError exception.
        throw realm.TypeError("Abstract class TypedArray not directly constructable");
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.from"/>
    [JsFunction("from", Length = 1)]
    private static JsValue From(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsValue source = args.At(0);
        JsValue mapfn = args.At(1);
        JsValue thisArg = args.At(2);

        // 1-2. Let C be the this value. If IsConstructor(C) is false, throw a TypeError exception.
        JsValue c = thisValue;
        if (!Operations.IsConstructor(c)) throw realm.TypeError($"{Operations.DescribeForError(realm, c)} is not a constructor");

        // 3-4. If mapfn is undefined, let mapping be false; else it must be callable.
        JsFunction? mapper = null;
        if (!mapfn.IsUndefined) mapper = ArrayHelpers.RequireCallable(realm, mapfn);

        // 5. Let usingIterator be ? GetMethod(source, @@iterator).
        JsFunction? usingIterator = Operations.GetMethod(realm, source, PropertyKey.FromSymbol(JsSymbol.Iterator));

        // 6. If usingIterator is not undefined, then
        if (usingIterator is not null)
        {
            // a. Let values be ? IteratorToList(? GetIteratorFromMethod(source, usingIterator)).
            List<JsValue> values = IteratorRecord.IteratorToList(realm, source, usingIterator);

            // b-c. Let len be the number of elements in values; targetObj = ? TypedArrayCreateFromConstructor(C, « 𝔽(len) »).
            int len = values.Count;
            JsTypedArray target = TypedArrayCreateFromConstructor(realm, c, [JsValue.FromNumber(len)]);

            // d-e. For each k: mappedValue = mapping ? Call(mapfn, thisArg, « kValue, 𝔽(k) ») : kValue; ? Set(targetObj, Pk, mappedValue, true).
            for (int k = 0; k < len; k++)
            {
                JsValue kValue = values[k];
                JsValue mappedValue = mapper is null ? kValue : mapper.Call2(thisArg, kValue, k);
                Operations.Set(realm, target, PropertyKey.FromIndex((uint)k), mappedValue, throwOnFailure: true);
            }

            // g. Return targetObj.
            return target;
        }

        // 7-9. NOTE: source is not an Iterable, so assume it is already an array-like object.
        JsObject arrayLike = Operations.ToObject(realm, source);
        double length = Operations.LengthOfArrayLike(realm, arrayLike);

        // 10. Let targetObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) »).
        JsTypedArray targetObj = TypedArrayCreateFromConstructor(realm, c, [JsValue.FromNumber(length)]);

        // 11-12. For each k: kValue = ? Get(arrayLike, Pk); map; ? Set(targetObj, Pk, mappedValue, true).
        for (double k = 0; k < length; k++)
        {
            PropertyKey pk = ArrayHelpers.Key(k);
            JsValue kValue = arrayLike.Get(pk);
            JsValue mappedValue = mapper is null ? kValue : mapper.Call2(thisArg, kValue, k);
            Operations.Set(realm, targetObj, pk, mappedValue, throwOnFailure: true);
        }

        // 13. Return targetObj.
        return targetObj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.of"/>
    [JsFunction("of")]
    private static JsValue Of(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. Let len be the number of items; C = this; if IsConstructor(C) is false, throw a TypeError exception.
        int len = args.Length;
        JsValue c = thisValue;
        if (!Operations.IsConstructor(c)) throw realm.TypeError($"{Operations.DescribeForError(realm, c)} is not a constructor");

        // 5. Let newObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) »).
        JsTypedArray newObj = TypedArrayCreateFromConstructor(realm, c, [JsValue.FromNumber(len)]);

        // 6-7. For each k: ? Set(newObj, Pk, items[k], true).
        for (int k = 0; k < len; k++)
        {
            Operations.Set(realm, newObj, PropertyKey.FromIndex((uint)k), args[k], throwOnFailure: true);
        }

        // 8. Return newObj.
        return newObj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;

    // ------------------------------------------------------------------------------------------------
    // The concrete constructors' steps
    // ------------------------------------------------------------------------------------------------

    /// <summary>The steps of every concrete TypedArray constructor (Int8Array … Float64Array).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    internal static JsValue ConstructConcrete(Realm realm, TypedArrayKind kind, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError($"Constructor {TypedArrayElements.Name(kind)} requires 'new'");

        // 2-4. If numberOfArgs = 0, return ? AllocateTypedArray(constructorName, NewTarget, proto, 0).
        if (args.Length == 0) return AllocateTypedArray(realm, kind, newTarget, 0);

        // 5.a. Let firstArgument be args[0].
        JsValue firstArgument = args[0];

        // 5.b. If firstArgument is an Object, then
        if (firstArgument._ref is JsObject first)
        {
            // i. Let O be ? AllocateTypedArray(constructorName, NewTarget, proto) (no buffer yet).
            JsObject proto = PrototypeFromNewTarget(realm, kind, newTarget);

            // ii. If firstArgument has a [[TypedArrayName]] internal slot: InitializeTypedArrayFromTypedArray.
            if (first is JsTypedArray srcArray) return InitializeTypedArrayFromTypedArray(realm, kind, proto, srcArray);

            // iii. Else if it has an [[ArrayBufferData]] internal slot: InitializeTypedArrayFromArrayBuffer.
            if (first is JsArrayBuffer buffer) return InitializeTypedArrayFromArrayBuffer(realm, kind, proto, buffer, args.At(1), args.At(2));

            // iv.2. Let usingIterator be ? GetMethod(firstArgument, @@iterator).
            JsFunction? usingIterator = Operations.GetMethod(realm, firstArgument, PropertyKey.FromSymbol(JsSymbol.Iterator));

            // iv.3. If usingIterator is not undefined: values = ? IteratorToList(? GetIteratorFromMethod(…)); InitializeTypedArrayFromList.
            if (usingIterator is not null)
            {
                List<JsValue> values = IteratorRecord.IteratorToList(realm, firstArgument, usingIterator);
                return InitializeTypedArrayFromList(realm, kind, proto, values);
            }

            // iv.4. Else: InitializeTypedArrayFromArrayLike(O, firstArgument).
            return InitializeTypedArrayFromArrayLike(realm, kind, proto, first);
        }

        // 5.c.ii. Let elementLength be ? ToIndex(firstArgument).
        double elementLength = ToElementLength(realm, firstArgument);

        // iii. Return ? AllocateTypedArray(constructorName, NewTarget, proto, elementLength).
        return AllocateTypedArray(realm, kind, newTarget, elementLength);
    }

    private static double ToElementLength(Realm realm, JsValue value)
    {
        double integer = Operations.ToIntegerOrInfinity(realm, value);
        if (integer < 0 || integer > 9007199254740991d) throw realm.RangeError($"Invalid typed array length: {NumberFormatting.ToString(integer)}");
        return integer;
    }

    private static JsObject PrototypeFromNewTarget(Realm realm, TypedArrayKind kind, JsObject newTarget) =>
        ReferenceEquals(newTarget, realm.Intrinsics.GetTypedArrayConstructor(kind))
            ? realm.Intrinsics.GetTypedArrayPrototype(kind)
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.GetTypedArrayPrototype(kind));

    /// <see href="https://tc39.es/ecma262/#sec-allocatetypedarray"/>
    private static JsTypedArray AllocateTypedArray(Realm realm, TypedArrayKind kind, JsObject newTarget, double length)
    {
        // 1. Let proto be ? GetPrototypeFromConstructor(newTarget, defaultProto).
        JsObject proto = PrototypeFromNewTarget(realm, kind, newTarget);

        // 2-7. TypedArrayCreate(proto), then AllocateTypedArrayBuffer(obj, length).
        return AllocateTypedArrayBuffer(realm, kind, proto, length);
    }

    /// <see href="https://tc39.es/ecma262/#sec-allocatetypedarraybuffer"/>
    private static JsTypedArray AllocateTypedArrayBuffer(Realm realm, TypedArrayKind kind, JsObject proto, double length)
    {
        // 1-4. Let byteLength be elementSize × length; data = ? AllocateArrayBuffer(%ArrayBuffer%, byteLength).
        double byteLength = length * TypedArrayElements.Size(kind);
        if (byteLength > JsArrayBuffer.MaxLength) throw realm.RangeError($"Invalid typed array length: {NumberFormatting.ToString(length)}");
        JsArrayBuffer data = JsArrayBuffer.Allocate(realm, null, byteLength);

        // 5-9. Set [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]] = 0, [[ArrayLength]] = length.
        return new JsTypedArray(realm, proto, kind, data, 0, (int)length);
    }

    /// <see href="https://tc39.es/ecma262/#sec-initializetypedarrayfromtypedarray"/>
    private static JsTypedArray InitializeTypedArrayFromTypedArray(Realm realm, TypedArrayKind kind, JsObject proto, JsTypedArray srcArray)
    {
        // 1-8. If IsTypedArrayOutOfBounds(srcRecord) is true, throw a TypeError exception.
        if (srcArray.IsOutOfBounds) throw realm.TypeError("Cannot perform Construct on a detached ArrayBuffer");

        // 9-10. Let elementLength be TypedArrayLength(srcRecord); byteLength = elementSize × elementLength.
        int elementLength = srcArray.Length;
        JsTypedArray o = AllocateTypedArrayBuffer(realm, kind, proto, elementLength);

        // 12.b. If srcArray.[[ContentType]] is not O.[[ContentType]], throw a TypeError exception (the same
        // content type implies it when the element types are equal).
        if (srcArray.IsBigIntContent != TypedArrayElements.IsBigInt(kind))
        {
            throw realm.TypeError("Cannot mix BigInt and other types, use explicit conversions");
        }

        // 11. If elementType is srcType: data = CloneArrayBuffer(srcData, srcByteOffset, byteLength).
        if (srcArray.Kind == kind)
        {
            srcArray.Bytes.CopyTo(o.Bytes);
            return o;
        }

        // 12. Else: copy element by element, GetValueFromBuffer then SetValueInBuffer (same content type).
        for (int k = 0; k < elementLength; k++)
        {
            o.SetValueUnchecked(k, srcArray.GetValueUnchecked(k));
        }

        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer"/>
    private static JsTypedArray InitializeTypedArrayFromArrayBuffer(
        Realm realm, TypedArrayKind kind, JsObject proto, JsArrayBuffer buffer, JsValue byteOffset, JsValue length)
    {
        // 1. Let elementSize be TypedArrayElementSize(O).
        int elementSize = TypedArrayElements.Size(kind);

        // 2. Let offset be ? ToIndex(byteOffset).
        double offset = Operations.ToIntegerOrInfinity(realm, byteOffset);
        if (offset < 0 || offset > 9007199254740991d) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");

        // 3. If offset modulo elementSize ≠ 0, throw a RangeError exception.
        if (offset % elementSize != 0) throw realm.RangeError($"start offset of {TypedArrayElements.Name(kind)} should be a multiple of {elementSize}");

        // 4. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
        bool bufferIsFixedLength = buffer.IsFixedLength;

        // 5. If length is not undefined, then let newLength be ? ToIndex(length).
        double newLength = 0;
        if (!length.IsUndefined) newLength = ToElementLength(realm, length);

        // 6. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
        if (buffer.IsDetached) throw realm.TypeError("Cannot perform Construct on a detached ArrayBuffer");

        // 7. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
        double bufferByteLength = buffer.ByteLength;

        // 8. If length is undefined and bufferIsFixedLength is false: a length-tracking array.
        if (length.IsUndefined && !bufferIsFixedLength)
        {
            // a. If offset > bufferByteLength, throw a RangeError exception.
            if (offset > bufferByteLength) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");

            // b-c. Set O.[[ByteLength]] and O.[[ArrayLength]] to auto.
            return new JsTypedArray(realm, proto, kind, buffer, (int)offset, -1);
        }

        double newByteLength;
        if (length.IsUndefined)
        {
            // 9.a.i. If bufferByteLength modulo elementSize ≠ 0, throw a RangeError exception.
            if (bufferByteLength % elementSize != 0) throw realm.RangeError($"byte length of {TypedArrayElements.Name(kind)} should be a multiple of {elementSize}");

            // ii-iii. Let newByteLength be bufferByteLength - offset; if it is < 0, throw a RangeError exception.
            newByteLength = bufferByteLength - offset;
            if (newByteLength < 0) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");
        }
        else
        {
            // 9.b.i-ii. Let newByteLength be newLength × elementSize; offset + newByteLength must fit.
            newByteLength = newLength * elementSize;
            if (offset + newByteLength > bufferByteLength) throw realm.RangeError($"Invalid typed array length: {NumberFormatting.ToString(newLength)}");
        }

        // 9.c-11. Set [[ByteLength]], [[ArrayLength]], [[ViewedArrayBuffer]] and [[ByteOffset]].
        return new JsTypedArray(realm, proto, kind, buffer, (int)offset, (int)(newByteLength / elementSize));
    }

    /// <see href="https://tc39.es/ecma262/#sec-initializetypedarrayfromlist"/>
    private static JsTypedArray InitializeTypedArrayFromList(Realm realm, TypedArrayKind kind, JsObject proto, List<JsValue> values)
    {
        // 1-2. Let len be the number of elements in values; perform ? AllocateTypedArrayBuffer(O, len).
        int len = values.Count;
        JsTypedArray o = AllocateTypedArrayBuffer(realm, kind, proto, len);

        // 3-4. For each k: ? Set(O, Pk, kValue, true).
        for (int k = 0; k < len; k++)
        {
            o.TypedArraySetElement(realm, k, values[k]);
        }

        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-initializetypedarrayfromarraylike"/>
    private static JsTypedArray InitializeTypedArrayFromArrayLike(Realm realm, TypedArrayKind kind, JsObject proto, JsObject arrayLike)
    {
        // 1-2. Let len be ? LengthOfArrayLike(arrayLike); perform ? AllocateTypedArrayBuffer(O, len).
        double len = Operations.LengthOfArrayLike(realm, arrayLike);
        JsTypedArray o = AllocateTypedArrayBuffer(realm, kind, proto, len);

        // 3-4. For each k: kValue = ? Get(arrayLike, Pk); ? Set(O, Pk, kValue, true).
        for (int k = 0; k < (int)len; k++)
        {
            JsValue kValue = ArrayHelpers.Get(arrayLike, k);
            o.TypedArraySetElement(realm, k, kValue);
        }

        return o;
    }

    // ------------------------------------------------------------------------------------------------
    // Creating typed arrays from the prototype methods
    // ------------------------------------------------------------------------------------------------

    /// <summary>ValidateTypedArray: the receiver as a typed array that is not out of bounds.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-validatetypedarray"/>
    internal static JsTypedArray ValidateTypedArray(Realm realm, JsValue o, string method)
    {
        // 1. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
        if (o._ref is not JsTypedArray ta) throw realm.TypeError("this is not a typed array.");

        // 2-4. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
        if (ta.IsOutOfBounds) throw realm.TypeError($"Cannot perform {method} on a detached ArrayBuffer");

        // 5. Return taRecord.
        return ta;
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-create-from-constructor"/>
    internal static JsTypedArray TypedArrayCreateFromConstructor(Realm realm, JsValue constructor, ReadOnlySpan<JsValue> argumentList)
    {
        // 1. Let newTypedArray be ? Construct(constructor, argumentList).
        JsValue newTypedArray = Operations.Construct(realm, constructor, argumentList);

        // 2. Let taRecord be ? ValidateTypedArray(newTypedArray, seq-cst).
        JsTypedArray ta = ValidateTypedArray(realm, newTypedArray, "Construct");

        // 3. If the number of elements in argumentList is 1 and argumentList[0] is a Number, then
        if (argumentList.Length == 1 && argumentList[0].IsNumber)
        {
            // a-c. If TypedArrayLength(taRecord) < ℝ(argumentList[0]), throw a TypeError exception.
            if (ta.Length < argumentList[0].AsNumber) throw realm.TypeError("Derived TypedArray constructor created an array which was too small");
        }

        // 4. Return newTypedArray.
        return ta;
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-species-create"/>
    internal static JsTypedArray TypedArraySpeciesCreate(Realm realm, JsTypedArray exemplar, ReadOnlySpan<JsValue> argumentList)
    {
        // 1. Let defaultConstructor be the intrinsic object associated with the constructor name exemplar.[[TypedArrayName]].
        JsFunction defaultConstructor = realm.Intrinsics.GetTypedArrayConstructor(exemplar.Kind);

        // 2. Let constructor be ? SpeciesConstructor(exemplar, defaultConstructor).
        JsValue constructor = RegExpPrototype.SpeciesConstructor(realm, exemplar, defaultConstructor);

        // 3. Let result be ? TypedArrayCreateFromConstructor(constructor, argumentList).
        JsTypedArray result = TypedArrayCreateFromConstructor(realm, constructor, argumentList);

        // 4. If result.[[ContentType]] is not exemplar.[[ContentType]], throw a TypeError exception.
        if (result.IsBigIntContent != exemplar.IsBigIntContent) throw realm.TypeError("Content type of the species constructor's result does not match");

        // 5. Return result.
        return result;
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-create-same-type"/>
    internal static JsTypedArray TypedArrayCreateSameType(Realm realm, JsTypedArray exemplar, int length)
    {
        // 1-3. Let constructor be the intrinsic for exemplar.[[TypedArrayName]]; return ? TypedArrayCreateFromConstructor(constructor, argumentList).
        return TypedArrayCreateFromConstructor(realm, realm.Intrinsics.GetTypedArrayConstructor(exemplar.Kind), [JsValue.FromNumber(length)]);
    }
}
