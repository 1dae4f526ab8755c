// The element types of typed arrays and DataView, and NumericToRawBytes / RawBytesToNumeric.
//
// The table of https://tc39.es/ecma262/#table-the-typedarray-constructors: every element type has a
// size (1, 2, 4 or 8 bytes, so a shift), a conversion operation (ToInt8 … ToUint8Clamp, or the
// roundTiesToEven float conversions) and a constructor name. Typed arrays store little-endian (the
// spec lets the implementation choose; we fix it so that buffers are portable); DataView takes the byte
// order from its argument. BigInt64/BigUint64 have [[ContentType]] BigInt: their elements are read and
// written as JsValues holding JsBigInts (ReadValue/WriteValue; ToBigInt64/ToBigUint64 keep the low 64
// bits), never as doubles, and mixing them with the Number kinds is a TypeError where the spec says so.
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

/// <summary>[[TypedArrayName]] / the DataView element types (the last two have BigInt content).</summary>
public enum TypedArrayKind : byte
{
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
}

internal static class TypedArrayElements
{
    public const int KindCount = 11;

    private static readonly string[] s_names =
    [
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    ];

    /// <summary>Whether [[ContentType]] is BigInt.</summary>
    public static bool IsBigInt(TypedArrayKind kind) => kind >= TypedArrayKind.BigInt64;

    /// <summary>The constructor name ([[TypedArrayName]]).</summary>
    public static string Name(TypedArrayKind kind) => s_names[(int)kind];

    /// <summary>log2 of the element size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Shift(TypedArrayKind kind) => kind switch
    {
        TypedArrayKind.Int8 or TypedArrayKind.Uint8 or TypedArrayKind.Uint8Clamped => 0,
        TypedArrayKind.Int16 or TypedArrayKind.Uint16 => 1,
        TypedArrayKind.Int32 or TypedArrayKind.Uint32 or TypedArrayKind.Float32 => 2,
        _ => 3,
    };

    /// <summary>The Element Size column of the table.</summary>
    public static int Size(TypedArrayKind kind) => 1 << Shift(kind);

    /// <summary>RawBytesToNumeric: the value of the element at the start of <paramref name="bytes"/>.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-rawbytestonumeric"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Read(TypedArrayKind kind, ReadOnlySpan<byte> bytes, bool littleEndian = true) => kind switch
    {
        TypedArrayKind.Int8 => (sbyte)bytes[0],
        TypedArrayKind.Uint8 or TypedArrayKind.Uint8Clamped => bytes[0],
        TypedArrayKind.Int16 => littleEndian ? BinaryPrimitives.ReadInt16LittleEndian(bytes) : BinaryPrimitives.ReadInt16BigEndian(bytes),
        TypedArrayKind.Uint16 => littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes),
        TypedArrayKind.Int32 => littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : BinaryPrimitives.ReadInt32BigEndian(bytes),
        TypedArrayKind.Uint32 => littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes),
        TypedArrayKind.Float32 => littleEndian ? BinaryPrimitives.ReadSingleLittleEndian(bytes) : BinaryPrimitives.ReadSingleBigEndian(bytes),
        TypedArrayKind.Float64 => littleEndian ? BinaryPrimitives.ReadDoubleLittleEndian(bytes) : BinaryPrimitives.ReadDoubleBigEndian(bytes),
        _ => ThrowBigIntElement(),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ThrowBigIntElement() =>
        throw new InvalidOperationException("BigInt elements are read and written as values (ReadValue/WriteValue)");

    /// <summary>
    /// RawBytesToNumeric for every kind: a Number, or a BigInt for the BigInt kinds. Inlined into element
    /// reads (Ops.GetElement), so the BigInt kinds cost the Number kinds one compare, not their code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue ReadValue(TypedArrayKind kind, ReadOnlySpan<byte> bytes, bool littleEndian = true) =>
        IsBigInt(kind) ? ReadBigIntValue(kind, bytes, littleEndian) : JsValue.FromNumber(Read(kind, bytes, littleEndian));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue ReadBigIntValue(TypedArrayKind kind, ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        if (kind == TypedArrayKind.BigInt64)
        {
            return JsBigInt.Create(littleEndian ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : BinaryPrimitives.ReadInt64BigEndian(bytes));
        }

        ulong value = littleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(bytes) : BinaryPrimitives.ReadUInt64BigEndian(bytes);
        return value <= long.MaxValue ? JsBigInt.Create((long)value) : JsBigInt.Create(new System.Numerics.BigInteger(value));
    }

    /// <summary>
    /// NumericToRawBytes for an already converted value: a Number for the Number kinds, a BigInt for the
    /// BigInt kinds (the low 64 bits: ToBigInt64 and ToBigUint64 store the same bytes).
    /// </summary>
    public static void WriteValue(TypedArrayKind kind, Span<byte> bytes, JsValue numeric, bool littleEndian = true)
    {
        if (!IsBigInt(kind))
        {
            Write(kind, bytes, numeric.AsNumber, littleEndian);
            return;
        }

        ulong bits = (ulong)(numeric.AsBigInt.Value & ulong.MaxValue);
        if (littleEndian) BinaryPrimitives.WriteUInt64LittleEndian(bytes, bits);
        else BinaryPrimitives.WriteUInt64BigEndian(bytes, bits);
    }

    /// <summary>NumericToRawBytes: writes the converted value at the start of <paramref name="bytes"/>.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-numerictorawbytes"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(TypedArrayKind kind, Span<byte> bytes, double value, bool littleEndian = true)
    {
        switch (kind)
        {
            case TypedArrayKind.Int8:
            case TypedArrayKind.Uint8:
                // ToInt8 / ToUint8: the low 8 bits of ToInt32.
                bytes[0] = unchecked((byte)Operations.ToInt32(value));
                break;
            case TypedArrayKind.Uint8Clamped:
                bytes[0] = ToUint8Clamp(value);
                break;
            case TypedArrayKind.Int16:
            case TypedArrayKind.Uint16:
                short s = unchecked((short)Operations.ToInt32(value));
                if (littleEndian) BinaryPrimitives.WriteInt16LittleEndian(bytes, s);
                else BinaryPrimitives.WriteInt16BigEndian(bytes, s);
                break;
            case TypedArrayKind.Int32:
            case TypedArrayKind.Uint32:
                int i = Operations.ToInt32(value);
                if (littleEndian) BinaryPrimitives.WriteInt32LittleEndian(bytes, i);
                else BinaryPrimitives.WriteInt32BigEndian(bytes, i);
                break;
            case TypedArrayKind.Float32:
                // roundTiesToEven to binary32 (the C# conversion is IEEE 754 round-to-nearest-even).
                // NaN is stored as the positive quiet NaN, as V8 does (.NET's arithmetic NaN has the sign bit set).
                float f = double.IsNaN(value) ? BitConverter.Int32BitsToSingle(0x7FC00000) : (float)value;
                if (littleEndian) BinaryPrimitives.WriteSingleLittleEndian(bytes, f);
                else BinaryPrimitives.WriteSingleBigEndian(bytes, f);
                break;
            case TypedArrayKind.Float64:
                if (double.IsNaN(value)) value = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
                if (littleEndian) BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
                else BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
                break;
            default:
                ThrowBigIntElement();
                break;
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-touint8clamp"/>
    public static byte ToUint8Clamp(double number)
    {
        // 2. If number is NaN, return +0.
        if (double.IsNaN(number)) return 0;

        // 3-4. Clamp to [0, 255].
        if (number <= 0) return 0;
        if (number >= 255) return 255;

        // 5-9. Round half to even.
        double f = Math.Floor(number);
        if (f + 0.5 < number) return (byte)(f + 1);
        if (number < f + 0.5) return (byte)f;
        return ((int)f & 1) == 1 ? (byte)(f + 1) : (byte)f;
    }
}
