// The decoders of the Encoding Standard that TextDecoder supports: UTF-8, UTF-16LE/BE and windows-1252
// (which every "latin1"/"ascii" label maps to). Each is a byte-at-a-time state machine written from the
// spec, so that errors produce exactly one U+FFFD per maximal subpart (as node's ICU does), and a
// sequence split across decode(…, { stream: true }) calls resumes where it stopped.
// https://encoding.spec.whatwg.org/#utf-8-decoder
using System.Text;

namespace Oden.Runtime.Web;

internal enum TextEncodingKind : byte
{
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// <summary>A streaming decoder; Decode returns false on an error when fatal (the output is then incomplete).</summary>
internal abstract class TextDecoderState
{
    protected TextDecoderState(bool fatal)
    {
        Fatal = fatal;
    }

    public bool Fatal { get; }

    /// <summary>Decodes <paramref name="bytes"/>; with <paramref name="flush"/>, ends the stream (a pending sequence is an error).</summary>
    public abstract bool Decode(ReadOnlySpan<byte> bytes, StringBuilder output, bool flush);

    public abstract void Reset();

    public static TextDecoderState Create(TextEncodingKind kind, bool fatal) => kind switch
    {
        TextEncodingKind.Utf8 => new Utf8Decoder(fatal),
        TextEncodingKind.Utf16Le => new Utf16Decoder(fatal, bigEndian: false),
        TextEncodingKind.Utf16Be => new Utf16Decoder(fatal, bigEndian: true),
        _ => new Windows1252Decoder(),
    };

    /// <summary>Handles an error: false when fatal, else appends U+FFFD.</summary>
    protected bool Error(StringBuilder output)
    {
        if (Fatal) return false;
        output.Append('\uFFFD');
        return true;
    }

    protected static void AppendCodePoint(StringBuilder output, int cp)
    {
        if (cp < 0x10000)
        {
            output.Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            output.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }
}

/// <see href="https://encoding.spec.whatwg.org/#utf-8-decoder"/>
internal sealed class Utf8Decoder(bool fatal) : TextDecoderState(fatal)
{
    private int _codePoint;
    private int _bytesSeen;
    private int _bytesNeeded;
    private int _lowerBoundary = 0x80;
    private int _upperBoundary = 0xBF;

    public override void Reset()
    {
        _codePoint = _bytesSeen = _bytesNeeded = 0;
        _lowerBoundary = 0x80;
        _upperBoundary = 0xBF;
    }

    public override bool Decode(ReadOnlySpan<byte> bytes, StringBuilder output, bool flush)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            int b = bytes[i];
            if (_bytesNeeded == 0)
            {
                // ASCII runs are the common case.
                if (b < 0x80)
                {
                    output.Append((char)b);
                }
                else if (b >= 0xC2 && b <= 0xDF)
                {
                    _bytesNeeded = 1;
                    _codePoint = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    if (b == 0xE0) _lowerBoundary = 0xA0;
                    if (b == 0xED) _upperBoundary = 0x9F;
                    _bytesNeeded = 2;
                    _codePoint = b & 0xF;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    if (b == 0xF0) _lowerBoundary = 0x90;
                    if (b == 0xF4) _upperBoundary = 0x8F;
                    _bytesNeeded = 3;
                    _codePoint = b & 0x7;
                }
                else if (!Error(output))
                {
                    return false;
                }

                continue;
            }

            if (b < _lowerBoundary || b > _upperBoundary)
            {
                // The byte ends the sequence with an error and is processed again ("prepend to the stream").
                Reset();
                if (!Error(output)) return false;
                i--;
                continue;
            }

            _lowerBoundary = 0x80;
            _upperBoundary = 0xBF;
            _codePoint = (_codePoint << 6) | (b & 0x3F);
            if (++_bytesSeen != _bytesNeeded) continue;
            int cp = _codePoint;
            Reset();
            AppendCodePoint(output, cp);
        }

        if (flush && _bytesNeeded != 0)
        {
            Reset();
            return Error(output);
        }

        return true;
    }
}

/// <see href="https://encoding.spec.whatwg.org/#shared-utf-16-decoder"/>
internal sealed class Utf16Decoder(bool fatal, bool bigEndian) : TextDecoderState(fatal)
{
    private int _leadByte = -1;
    private int _leadSurrogate = -1;

    public override void Reset()
    {
        _leadByte = -1;
        _leadSurrogate = -1;
    }

    public override bool Decode(ReadOnlySpan<byte> bytes, StringBuilder output, bool flush)
    {
        foreach (byte b in bytes)
        {
            if (_leadByte < 0)
            {
                _leadByte = b;
                continue;
            }

            int codeUnit = bigEndian ? (_leadByte << 8) + b : (b << 8) + _leadByte;
            _leadByte = -1;
            if (_leadSurrogate >= 0)
            {
                int lead = _leadSurrogate;
                _leadSurrogate = -1;
                if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF)
                {
                    output.Append((char)lead).Append((char)codeUnit);
                    continue;
                }

                // The code unit is processed again after the error.
                if (!Error(output)) return false;
            }

            if (codeUnit >= 0xD800 && codeUnit <= 0xDBFF)
            {
                _leadSurrogate = codeUnit;
                continue;
            }

            if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF)
            {
                if (!Error(output)) return false;
                continue;
            }

            output.Append((char)codeUnit);
        }

        if (flush && (_leadByte >= 0 || _leadSurrogate >= 0))
        {
            Reset();
            return Error(output);
        }

        return true;
    }
}

/// <see href="https://encoding.spec.whatwg.org/#single-byte-decoder"/>
internal sealed class Windows1252Decoder() : TextDecoderState(false)
{
    private static readonly char[] s_high =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public override void Reset()
    {
    }

    public override bool Decode(ReadOnlySpan<byte> bytes, StringBuilder output, bool flush)
    {
        foreach (byte b in bytes)
        {
            output.Append(b >= 0x80 && b <= 0x9F ? s_high[b - 0x80] : (char)b);
        }

        return true;
    }
}
