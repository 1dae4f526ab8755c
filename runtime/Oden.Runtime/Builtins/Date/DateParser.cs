// DateParser: Date.parse and new Date(string). The spec requires the Date Time String Format
// (YYYY-MM-DDTHH:mm:ss.sssZ and its shortenings, ±YYYYYY years) and the toString/toUTCString outputs;
// anything else is implementation-defined, and bundles depend on what V8 accepts. So this is V8's
// parser (src/date/dateparser*.{h,cc}), rule for rule: first the ES5 ISO grammar as far as it goes,
// then the legacy, Safari-compatible token rules for whatever is left:
//   - unknown words before the first number are ignored ("Mon", "Tuesday,"), parenthesised text is
//     ignored, a word whose first three letters name a month is the month ("January", "Sept"),
//     am/pm adjusts a time, and UT/UTC/GMT/Z/EST/EDT/CST/CDT/MST/MDT/PST/PDT are zones;
//   - "n:" and "n." start a time, a sign after a time or a UTC zone starts an offset (+hh, +hhmm, +hh:mm);
//   - other numbers are day components: with a named month, day then year (or year then day when the
//     first is not a valid day); without one, month/day/year unless the first is not a day (then y/m/d);
//     years 0-49 mean 2000-2049 and 50-99 mean 1950-1999;
//   - without a zone the result is local time, except the ISO date-only forms, which are UTC.
namespace Oden.Runtime.Builtins;

internal static class DateParser
{
    private const int None = int.MaxValue;

    /// <summary>The time value a string denotes, or NaN.</summary>
    public static double Parse(string s, TimeZoneInfo zone)
    {
        var scanner = new Tokenizer(s);
        var day = new DayComposer();
        var time = new TimeComposer();
        var tz = new TimeZoneComposer();

        // First get as far as possible parsing an ES5 date-time string.
        Token next = ParseEs5DateTime(ref scanner, ref day, ref time, ref tz);
        if (next.Kind == TokenKind.Invalid) return double.NaN;
        bool hasReadNumber = !day.IsEmpty;

        // Anything left goes through the legacy rules.
        for (Token token = next; token.Kind != TokenKind.EndOfInput; token = scanner.Next())
        {
            if (token.Kind == TokenKind.Number)
            {
                hasReadNumber = true;
                int n = token.Value;
                if (scanner.SkipSymbol(':'))
                {
                    if (scanner.SkipSymbol(':'))
                    {
                        // n + "::"
                        if (!time.IsEmpty) return double.NaN;
                        time.Add(n);
                        time.Add(0);
                    }
                    else
                    {
                        // n + ":"
                        if (!time.Add(n)) return double.NaN;
                        if (scanner.Peek.IsSymbol('.')) scanner.Next();
                    }
                }
                else if (scanner.SkipSymbol('.') && time.IsExpecting(n))
                {
                    time.Add(n);
                    if (scanner.Peek.Kind != TokenKind.Number) return double.NaN;
                    int ms = ReadMilliseconds(scanner.Next());
                    if (ms < 0) return double.NaN;
                    time.AddFinal(ms);
                }
                else if (tz.IsExpecting(n))
                {
                    tz.Minute = n;
                }
                else if (time.IsExpecting(n))
                {
                    time.AddFinal(n);

                    // Require the end, white space, "Z", "+" or "-" right after a final time component.
                    Token peek = scanner.Peek;
                    if (peek.Kind is not (TokenKind.EndOfInput or TokenKind.WhiteSpace) && !peek.IsKeywordZ && !peek.IsAsciiSign) return double.NaN;
                }
                else
                {
                    if (!day.Add(n)) return double.NaN;
                    scanner.SkipSymbol('-');
                }
            }
            else if (token.Kind == TokenKind.Keyword)
            {
                if (token.KeywordType == KeywordType.AmPm && !time.IsEmpty)
                {
                    time.HourOffset = token.Value;
                }
                else if (token.KeywordType == KeywordType.MonthName)
                {
                    day.NamedMonth = token.Value;
                    scanner.SkipSymbol('-');
                }
                else if (token.KeywordType == KeywordType.TimeZoneName && hasReadNumber)
                {
                    tz.Set(token.Value);
                }
                else
                {
                    // Garbage words are illegal once a number has been read, and the first number has to be
                    // separated from garbage words by white space or other separators.
                    if (hasReadNumber) return double.NaN;
                    if (scanner.Peek.Kind == TokenKind.Number) return double.NaN;
                }
            }
            else if (token.IsAsciiSign && (tz.IsUtc || !time.IsEmpty))
            {
                // A UTC offset (only after UTC or a time); the number may be missing.
                tz.Sign = token.Value;
                int n = 0;
                int length = 0;
                if (scanner.Peek.Kind == TokenKind.Number)
                {
                    Token number = scanner.Next();
                    length = number.Length;
                    n = number.Value;
                }

                hasReadNumber = true;
                if (scanner.Peek.IsSymbol(':'))
                {
                    tz.Hour = n;
                    tz.Minute = None;
                }
                else if (length is 1 or 2)
                {
                    // GMT-8
                    tz.Hour = n;
                    tz.Minute = 0;
                }
                else if (length is 3 or 4)
                {
                    // GMT-0800
                    tz.Hour = n / 100;
                    tz.Minute = n % 100;
                }
                else
                {
                    return double.NaN;
                }
            }
            else if ((token.IsAsciiSign || token.IsSymbol(')')) && hasReadNumber)
            {
                // An extra sign or ')' is illegal once a number has been read.
                return double.NaN;
            }

            // Other characters and white space are ignored.
        }

        if (!day.Write(out int year, out int month, out int date) ||
            !time.Write(out int hour, out int minute, out int second, out int millisecond))
        {
            return double.NaN;
        }

        double dayValue = DateAlgorithms.MakeDay(year, month, date);
        double timeValue = DateAlgorithms.MakeTime(hour, minute, second, millisecond);
        double tv = DateAlgorithms.MakeDate(dayValue, timeValue);
        if (tz.Write(out double offsetSeconds))
        {
            tv -= offsetSeconds * 1000.0;
        }
        else
        {
            if (Math.Abs(tv) > DateAlgorithms.MaxTimeValue + 10 * DateAlgorithms.MsPerDay) return double.NaN;
            tv = DateAlgorithms.Utc(tv, zone);
        }

        return DateAlgorithms.TimeClip(tv);
    }

    /// <summary>
    /// [('-'|'+')yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|(+|-)hh:mm]], with V8's extensions (any number of
    /// fraction digits, +hhmm, hour 24 only as 24:00:00.000). Returns the first token it did not use,
    /// Invalid when the input cannot be a date at all, or EndOfInput when it was a complete ISO string.
    /// </summary>
    private static Token ParseEs5DateTime(ref Tokenizer scanner, ref DayComposer day, ref TimeComposer time, ref TimeZoneComposer tz)
    {
        // The mandatory date: [('-'|'+')yy]yyyy['-'MM['-'DD]].
        if (scanner.Peek.IsAsciiSign)
        {
            // Keep the sign token, so that invalid dates can be detected later.
            Token signToken = scanner.Next();
            if (!scanner.Peek.IsFixedLengthNumber(6)) return signToken;
            int sign = signToken.Value;
            int year = scanner.Next().Value;
            if (sign < 0 && year == 0) return signToken;
            day.Add(sign * year);
        }
        else if (scanner.Peek.IsFixedLengthNumber(4))
        {
            day.Add(scanner.Next().Value);
        }
        else
        {
            return scanner.Next();
        }

        if (scanner.SkipSymbol('-'))
        {
            if (!scanner.Peek.IsFixedLengthNumber(2) || !DayComposer.IsMonth(scanner.Peek.Value)) return scanner.Next();
            day.Add(scanner.Next().Value);
            if (scanner.SkipSymbol('-'))
            {
                if (!scanner.Peek.IsFixedLengthNumber(2) || !DayComposer.IsDay(scanner.Peek.Value)) return scanner.Next();
                day.Add(scanner.Next().Value);
            }
        }

        // The optional time: 'T'HH':'mm[':'ss['.'sss]][Z|offset].
        if (!(scanner.Peek.Kind == TokenKind.Keyword && scanner.Peek.KeywordType == KeywordType.TimeSeparator))
        {
            if (scanner.Peek.Kind != TokenKind.EndOfInput) return scanner.Next();
        }
        else
        {
            scanner.Next();
            if (!scanner.Peek.IsFixedLengthNumber(2) || scanner.Peek.Value is < 0 or > 24) return Token.Invalid;

            // 24:00[:00[.000]] is allowed, no other time starting with 24.
            bool hourIs24 = scanner.Peek.Value == 24;
            time.Add(scanner.Next().Value);
            if (!scanner.SkipSymbol(':')) return Token.Invalid;
            if (!scanner.Peek.IsFixedLengthNumber(2) || !TimeComposer.IsMinute(scanner.Peek.Value) || (hourIs24 && scanner.Peek.Value > 0)) return Token.Invalid;
            time.Add(scanner.Next().Value);
            if (scanner.SkipSymbol(':'))
            {
                if (!scanner.Peek.IsFixedLengthNumber(2) || !TimeComposer.IsSecond(scanner.Peek.Value) || (hourIs24 && scanner.Peek.Value > 0)) return Token.Invalid;
                time.Add(scanner.Next().Value);
                if (scanner.SkipSymbol('.'))
                {
                    if (scanner.Peek.Kind != TokenKind.Number || (hourIs24 && scanner.Peek.Value > 0)) return Token.Invalid;

                    // More or fewer than the mandated three digits are allowed.
                    time.Add(ReadMilliseconds(scanner.Next()));
                }
            }

            // The optional zone: 'Z' | ('+'|'-')hh':'mm | ('+'|'-')hhmm.
            if (scanner.Peek.IsKeywordZ)
            {
                scanner.Next();
                tz.Set(0);
            }
            else if (scanner.Peek.IsSymbol('+') || scanner.Peek.IsSymbol('-'))
            {
                tz.Sign = scanner.Next().Symbol == '+' ? 1 : -1;
                if (scanner.Peek.IsFixedLengthNumber(4))
                {
                    int hourMinute = scanner.Next().Value;
                    int hour = hourMinute / 100;
                    int minute = hourMinute % 100;
                    if (!TimeComposer.IsHour(hour) || !TimeComposer.IsMinute(minute)) return Token.Invalid;
                    tz.Hour = hour;
                    tz.Minute = minute;
                }
                else
                {
                    if (!scanner.Peek.IsFixedLengthNumber(2) || !TimeComposer.IsHour(scanner.Peek.Value)) return Token.Invalid;
                    tz.Hour = scanner.Next().Value;
                    if (!scanner.SkipSymbol(':')) return Token.Invalid;
                    if (!scanner.Peek.IsFixedLengthNumber(2) || !TimeComposer.IsMinute(scanner.Peek.Value)) return Token.Invalid;
                    tz.Minute = scanner.Next().Value;
                }
            }

            if (scanner.Peek.Kind != TokenKind.EndOfInput) return Token.Invalid;
        }

        // A complete Date Time String Format string. "When the UTC offset representation is absent,
        // date-only forms are interpreted as a UTC time and date-time forms are interpreted as a local time."
        if (tz.IsEmpty && time.IsEmpty) tz.Set(0);
        day.IsIsoDate = true;
        return Token.EndOfInput;
    }

    /// <summary>The first three significant digits of a fraction, as milliseconds ("5" → 500, "1234" → 123).</summary>
    private static int ReadMilliseconds(Token number)
    {
        int value = number.Value;
        int length = number.Length;
        if (length == 1) return value * 100;
        if (length == 2) return value * 10;
        if (length > 3)
        {
            // Only nine significant digits were kept.
            if (length > Tokenizer.MaxSignificantDigits) length = Tokenizer.MaxSignificantDigits;
            int factor = 1;
            do
            {
                factor *= 10;
                length--;
            }
            while (length > 3);
            value /= factor;
        }

        return value;
    }

    private enum TokenKind : byte
    {
        Invalid,
        Unknown,
        Number,
        Symbol,
        WhiteSpace,
        Keyword,
        EndOfInput,
    }

    private enum KeywordType : byte
    {
        Invalid,
        MonthName,
        TimeZoneName,
        TimeSeparator,
        AmPm,
    }

    private readonly record struct Token(TokenKind Kind, int Value, int Length, char Symbol, KeywordType KeywordType)
    {
        public static Token Invalid => new(TokenKind.Invalid, 0, 0, '\0', KeywordType.Invalid);
        public static Token EndOfInput => new(TokenKind.EndOfInput, 0, 0, '\0', KeywordType.Invalid);

        public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Symbol == c;

        public bool IsAsciiSign => Kind == TokenKind.Symbol && Symbol is '+' or '-';

        public bool IsFixedLengthNumber(int length) => Kind == TokenKind.Number && Length == length;

        public bool IsKeywordZ => Kind == TokenKind.Keyword && KeywordType == KeywordType.TimeZoneName && Length == 1 && Value == 0;
    }

    /// <summary>V8's DateStringTokenizer: numbers, single symbols, white space runs and words.</summary>
    private struct Tokenizer
    {
        public const int MaxSignificantDigits = 9;

        private readonly string _s;
        private int _pos;
        private Token _next;

        public Tokenizer(string s)
        {
            _s = s;
            _pos = 0;
            _next = default;
            _next = Scan();
        }

        public readonly Token Peek => _next;

        public Token Next()
        {
            Token t = _next;
            _next = Scan();
            return t;
        }

        public bool SkipSymbol(char c)
        {
            if (!_next.IsSymbol(c)) return false;
            Next();
            return true;
        }

        private readonly char Ch => _pos < _s.Length ? _s[_pos] : '\0';

        private readonly bool IsWhiteSpaceChar => _pos < _s.Length && NumberFormatting.IsWhiteSpaceOrLineTerminator(_s[_pos]);

        private Token Scan()
        {
            int start = _pos;
            if (_pos >= _s.Length) return Token.EndOfInput;
            char c = _s[_pos];
            if (char.IsAsciiDigit(c))
            {
                int n = ReadUnsignedNumeral();
                return new Token(TokenKind.Number, n, _pos - start, '\0', KeywordType.Invalid);
            }

            if (c is ':' or '-' or '+' or '.' or ')')
            {
                _pos++;
                return new Token(TokenKind.Symbol, c == '-' ? -1 : c == '+' ? 1 : 0, 1, c, KeywordType.Invalid);
            }

            if (c >= 'A' && !IsWhiteSpaceChar)
            {
                Span<int> prefix = stackalloc int[3];
                int length = ReadWord(prefix);
                (KeywordType type, int value) = Lookup(prefix, length);
                return new Token(TokenKind.Keyword, value, length, '\0', type);
            }

            if (IsWhiteSpaceChar)
            {
                while (IsWhiteSpaceChar) _pos++;
                return new Token(TokenKind.WhiteSpace, 0, _pos - start, '\0', KeywordType.Invalid);
            }

            if (c == '(')
            {
                // Parenthesised text, nested, is skipped.
                int balance = 0;
                do
                {
                    if (Ch == ')') balance--;
                    else if (Ch == '(') balance++;
                    _pos++;
                }
                while (balance > 0 && _pos < _s.Length);
                return new Token(TokenKind.Unknown, 0, 0, '\0', KeywordType.Invalid);
            }

            _pos++;
            return new Token(TokenKind.Unknown, 0, 0, '\0', KeywordType.Invalid);
        }

        /// <summary>Leading zeros are skipped; digits past the ninth significant one are read but dropped.</summary>
        private int ReadUnsignedNumeral()
        {
            int n = 0;
            int i = 0;
            while (Ch == '0') _pos++;
            while (char.IsAsciiDigit(Ch))
            {
                if (i < MaxSignificantDigits) n = n * 10 + Ch - '0';
                i++;
                _pos++;
            }

            return n;
        }

        private int ReadWord(Span<int> prefix)
        {
            int length = 0;
            for (; _pos < _s.Length && Ch >= 'A' && !IsWhiteSpaceChar; _pos++, length++)
            {
                if (length < prefix.Length) prefix[length] = Ch | 0x20;
            }

            for (int i = length; i < prefix.Length; i++) prefix[i] = 0;
            return length;
        }
    }

    // V8's KeywordTable: three-letter prefixes; only month names may be longer than their entry.
    private static readonly (string Prefix, KeywordType Type, int Value)[] s_keywords =
    [
        ("jan", KeywordType.MonthName, 1), ("feb", KeywordType.MonthName, 2), ("mar", KeywordType.MonthName, 3),
        ("apr", KeywordType.MonthName, 4), ("may", KeywordType.MonthName, 5), ("jun", KeywordType.MonthName, 6),
        ("jul", KeywordType.MonthName, 7), ("aug", KeywordType.MonthName, 8), ("sep", KeywordType.MonthName, 9),
        ("oct", KeywordType.MonthName, 10), ("nov", KeywordType.MonthName, 11), ("dec", KeywordType.MonthName, 12),
        ("am", KeywordType.AmPm, 0), ("pm", KeywordType.AmPm, 12),
        ("ut", KeywordType.TimeZoneName, 0), ("utc", KeywordType.TimeZoneName, 0), ("z", KeywordType.TimeZoneName, 0),
        ("gmt", KeywordType.TimeZoneName, 0),
        ("cdt", KeywordType.TimeZoneName, -5), ("cst", KeywordType.TimeZoneName, -6),
        ("edt", KeywordType.TimeZoneName, -4), ("est", KeywordType.TimeZoneName, -5),
        ("mdt", KeywordType.TimeZoneName, -6), ("mst", KeywordType.TimeZoneName, -7),
        ("pdt", KeywordType.TimeZoneName, -7), ("pst", KeywordType.TimeZoneName, -8),
        ("t", KeywordType.TimeSeparator, 0),
    ];

    private static (KeywordType Type, int Value) Lookup(ReadOnlySpan<int> prefix, int length)
    {
        foreach (var (p, type, value) in s_keywords)
        {
            bool match = true;
            for (int j = 0; j < 3 && match; j++)
            {
                int expected = j < p.Length ? p[j] : 0;
                match = prefix[j] == expected;
            }

            if (match && (length <= 3 || type == KeywordType.MonthName)) return (type, value);
        }

        return (KeywordType.Invalid, 0);
    }

    /// <summary>Up to three day components and possibly a named month.</summary>
    private struct DayComposer
    {
        private int _c0, _c1, _c2;
        private int _index;

        public DayComposer()
        {
            NamedMonth = None;
        }

        public int NamedMonth { get; set; }

        public bool IsIsoDate { get; set; }

        public readonly bool IsEmpty => _index == 0;

        public static bool IsMonth(int x) => x is >= 1 and <= 12;

        public static bool IsDay(int x) => x is >= 1 and <= 31;

        public bool Add(int n)
        {
            switch (_index)
            {
                case 0: _c0 = n; break;
                case 1: _c1 = n; break;
                case 2: _c2 = n; break;
                default: return false;
            }

            _index++;
            return true;
        }

        public bool Write(out int year, out int month, out int day)
        {
            year = 0;
            month = 0;
            day = 0;
            if (_index < 1) return false;

            // Day and month default to 1. (The filled slots count as components: "1/15" is January 15,
            // year 1, so 2001, exactly as in V8.)
            while (_index < 3) Add(1);

            // The default year is 0 (so 2000), for KJS compatibility.
            int y = 0, m, d;
            if (NamedMonth == None)
            {
                if (IsIsoDate || !IsDay(_c0))
                {
                    // YMD
                    y = _c0;
                    m = _c1;
                    d = _c2;
                }
                else
                {
                    // MD(Y)
                    m = _c0;
                    d = _c1;
                    y = _c2;
                }
            }
            else
            {
                m = NamedMonth;
                if (!IsDay(_c0))
                {
                    // YMD, MYD, or YDM
                    y = _c0;
                    d = _c1;
                }
                else
                {
                    // DMY, MDY, or DYM
                    d = _c0;
                    y = _c1;
                }
            }

            if (!IsIsoDate)
            {
                if (y is >= 0 and <= 49) y += 2000;
                else if (y is >= 50 and <= 99) y += 1900;
            }

            if (!IsMonth(m) || !IsDay(d)) return false;
            year = y;
            month = m - 1;
            day = d;
            return true;
        }
    }

    /// <summary>Hour, minute, second, millisecond, and an am/pm adjustment.</summary>
    private struct TimeComposer
    {
        private int _c0, _c1, _c2, _c3;
        private int _index;

        public TimeComposer()
        {
            HourOffset = None;
        }

        public int HourOffset { get; set; }

        public readonly bool IsEmpty => _index == 0;

        public static bool IsHour(int x) => x is >= 0 and <= 23;

        public static bool IsMinute(int x) => x is >= 0 and <= 59;

        public static bool IsSecond(int x) => x is >= 0 and <= 59;

        private static bool IsHour12(int x) => x is >= 0 and <= 12;

        private static bool IsMillisecond(int x) => x is >= 0 and <= 999;

        public readonly bool IsExpecting(int n) =>
            (_index == 1 && IsMinute(n)) || (_index == 2 && IsSecond(n)) || (_index == 3 && IsMillisecond(n));

        public bool Add(int n)
        {
            switch (_index)
            {
                case 0: _c0 = n; break;
                case 1: _c1 = n; break;
                case 2: _c2 = n; break;
                case 3: _c3 = n; break;
                default: return false;
            }

            _index++;
            return true;
        }

        public bool AddFinal(int n)
        {
            if (!Add(n)) return false;
            while (_index < 4) Add(0);
            return true;
        }

        public bool Write(out int hour, out int minute, out int second, out int millisecond)
        {
            // All slots default to 0.
            while (_index < 4) Add(0);
            hour = _c0;
            minute = _c1;
            second = _c2;
            millisecond = _c3;
            if (HourOffset != None)
            {
                if (!IsHour12(hour)) return false;
                hour %= 12;
                hour += HourOffset;
            }

            // Hour 24 is allowed when the rest is zero.
            if (!IsHour(hour) || !IsMinute(minute) || !IsSecond(second) || !IsMillisecond(millisecond))
            {
                if (hour != 24 || minute != 0 || second != 0 || millisecond != 0) return false;
            }

            return true;
        }
    }

    /// <summary>A UTC offset: sign, hours and minutes, any of them possibly unset.</summary>
    private struct TimeZoneComposer
    {
        private int _sign;

        public TimeZoneComposer()
        {
            _sign = None;
            Hour = None;
            Minute = None;
        }

        public int Sign
        {
            readonly get => _sign;
            set => _sign = value < 0 ? -1 : 1;
        }

        public int Hour { get; set; }

        public int Minute { get; set; }

        public readonly bool IsExpecting(int n) => Hour != None && Minute == None && TimeComposer.IsMinute(n);

        public readonly bool IsUtc => Hour == 0 && Minute == 0;

        public readonly bool IsEmpty => Hour == None;

        public void Set(int offsetInHours)
        {
            _sign = offsetInHours < 0 ? -1 : 1;
            Hour = offsetInHours * _sign;
            Minute = 0;
        }

        /// <summary>The offset in seconds (NaN when too large, as V8 rejects it), or false for local time.</summary>
        public readonly bool Write(out double offsetSeconds)
        {
            offsetSeconds = 0;
            if (_sign == None) return false;
            long hour = Hour == None ? 0 : Hour;
            long minute = Minute == None ? 0 : Minute;
            long total = hour * 3600 + minute * 60;
            offsetSeconds = total > int.MaxValue ? double.NaN : _sign < 0 ? -total : total;
            return true;
        }
    }
}
