// TzifAbbreviations: a zone's standard and daylight tz abbreviations ("EST"/"EDT", "IST"/"GMT"), read from
// its TZif file in the tz database, independent of ICU and of the current culture.
//
// TimeZoneInfo.StandardName/DaylightName are these abbreviations only under InvariantGlobalization; with ICU
// they are ICU's display names in CurrentUICulture, and for a zone with negative DST (Europe/Dublin: IST is
// standard time, GMT the winter "daylight" time) ICU's standard name is the winter one, so the names even swap
// against IsDaylightSavingTime. Date.prototype.toString needs the same name on every machine, so DateTimeZone
// maps these abbreviations itself. The choice matches .NET's own (TimeZoneInfo.Unix): the abbreviation of
// the last standard and of the last daylight transition type up to now; a zone without transitions
// (Etc/GMT-3, Africa/Bujumbura…) takes its types in order.
//
// TZif (RFC 8536): a v1 header and 32-bit block, then for version >= 2 a second header and a 64-bit block,
// which is the one read when present. Files are found where .NET finds them: TZDIR or /usr/share/zoneinfo,
// and for the machine's own zone the TZ variable's file or /etc/localtime.
using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Oden.Runtime.Builtins;

internal static class TzifAbbreviations
{
    private const int MaxCached = 512;
    private static readonly ConcurrentDictionary<string, (string Standard, string? Daylight)?> s_cache = new(StringComparer.Ordinal);

    /// <summary>The zone's standard and daylight abbreviations, or null when its TZif data cannot be read.</summary>
    public static (string Standard, string? Daylight)? For(TimeZoneInfo zone)
    {
        if (s_cache.TryGetValue(zone.Id, out var cached)) return cached;

        (string, string?)? result = null;
        foreach (string path in CandidateFiles(zone))
        {
            result = TryRead(path, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            if (result is not null) break;
        }

        // Zone ids form a small closed set; the bound only guards against custom zones made in a loop.
        if (s_cache.Count < MaxCached) s_cache.TryAdd(zone.Id, result);
        return result;
    }

    private static IEnumerable<string> CandidateFiles(TimeZoneInfo zone)
    {
        if (OperatingSystem.IsWindows()) yield break;

        string directory = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
        string id = zone.Id;
        if (Path.IsPathRooted(id))
        {
            yield return id;
        }
        else if (IsSafeRelativeId(id))
        {
            yield return Path.Combine(directory, id);
        }

        // A Windows id that .NET resolved through ICU ("Eastern Standard Time").
        if (!zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out string? iana) && IsSafeRelativeId(iana))
        {
            yield return Path.Combine(directory, iana);
        }

        // The machine's zone, when .NET could not name it ("Local" for a copied /etc/localtime).
        if (id == TimeZoneInfo.Local.Id)
        {
            string? tz = Environment.GetEnvironmentVariable("TZ");
            if (!string.IsNullOrEmpty(tz))
            {
                if (tz[0] == ':') tz = tz[1..];
                if (Path.IsPathRooted(tz)) yield return tz;
                else if (IsSafeRelativeId(tz)) yield return Path.Combine(directory, tz);
            }
            else
            {
                yield return "/etc/localtime";
            }
        }
    }

    private static bool IsSafeRelativeId(string id) =>
        id.Length > 0 && !id.Contains("..", StringComparison.Ordinal) && !Path.IsPathRooted(id) && id.IndexOfAny(Path.GetInvalidPathChars()) < 0;

    /// <summary>Reads a TZif file; null when it is missing or malformed.</summary>
    private static (string Standard, string? Daylight)? TryRead(string path, long nowSeconds)
    {
        byte[] data;
        try
        {
            if (!File.Exists(path)) return null;
            data = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        return Parse(data, nowSeconds);
    }

    /// <summary>The abbreviations from TZif bytes as of <paramref name="nowSeconds"/> (seconds since the epoch).</summary>
    internal static (string Standard, string? Daylight)? Parse(ReadOnlySpan<byte> data, long nowSeconds)
    {
        if (!TryReadHeader(data, out var header)) return null;
        int timeSize = 4;
        if (header.Version >= '2')
        {
            // Skip the v1 block to the v2 header and its 64-bit block.
            int v1Length = header.BlockLength(4);
            if (data.Length < 44 + v1Length) return null;
            data = data[(44 + v1Length)..];
            if (!TryReadHeader(data, out header)) return null;
            timeSize = 8;
        }

        if (data.Length < 44 + header.BlockLength(timeSize)) return null;
        ReadOnlySpan<byte> times = data.Slice(44, header.TimeCount * timeSize);
        ReadOnlySpan<byte> typeIndices = data.Slice(44 + header.TimeCount * timeSize, header.TimeCount);
        ReadOnlySpan<byte> types = data.Slice(44 + header.TimeCount * (timeSize + 1), header.TypeCount * 6);
        ReadOnlySpan<byte> chars = data.Slice(44 + header.TimeCount * (timeSize + 1) + header.TypeCount * 6, header.CharCount);

        string? standard = null, daylight = null;
        int count = header.TimeCount == 0 ? header.TypeCount : header.TimeCount;
        for (int i = 0; i < count; i++)
        {
            int type = i;
            if (header.TimeCount > 0)
            {
                long at = timeSize == 8
                    ? BinaryPrimitives.ReadInt64BigEndian(times[(i * 8)..])
                    : BinaryPrimitives.ReadInt32BigEndian(times[(i * 4)..]);
                if (at > nowSeconds) break;
                type = typeIndices[i];
            }

            if (type >= header.TypeCount) continue;
            string name = Abbreviation(chars, types[type * 6 + 5]);
            if (types[type * 6 + 4] != 0) daylight = name;
            else standard = name;
        }

        // .NET: no standard type yet (a zone whose only transitions lie ahead) leaves the name empty.
        return standard is null && daylight is null ? null : (standard ?? "", daylight);
    }

    private static string Abbreviation(ReadOnlySpan<byte> chars, int index)
    {
        if (index >= chars.Length) return "";
        ReadOnlySpan<byte> rest = chars[index..];
        int end = rest.IndexOf((byte)0);
        return System.Text.Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }

    private readonly record struct Header(char Version, int IsUtCount, int IsStdCount, int LeapCount, int TimeCount, int TypeCount, int CharCount)
    {
        /// <summary>The data block's length after the 44-byte header, for times of <paramref name="timeSize"/> bytes.</summary>
        public int BlockLength(int timeSize) =>
            TimeCount * (timeSize + 1) + TypeCount * 6 + CharCount + LeapCount * (timeSize + 4) + IsStdCount + IsUtCount;
    }

    private static bool TryReadHeader(ReadOnlySpan<byte> data, out Header header)
    {
        header = default;
        if (data.Length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f') return false;
        int isUt = BinaryPrimitives.ReadInt32BigEndian(data[20..]), isStd = BinaryPrimitives.ReadInt32BigEndian(data[24..]);
        int leap = BinaryPrimitives.ReadInt32BigEndian(data[28..]), time = BinaryPrimitives.ReadInt32BigEndian(data[32..]);
        int type = BinaryPrimitives.ReadInt32BigEndian(data[36..]), chars = BinaryPrimitives.ReadInt32BigEndian(data[40..]);
        if (isUt < 0 || isStd < 0 || leap < 0 || time < 0 || type < 0 || chars < 0) return false;
        if (time > 1_000_000 || type > 256 || chars > 65_536 || leap > 100_000 || isUt > 256 || isStd > 256) return false;
        header = new Header((char)data[4], isUt, isStd, leap, time, type, chars);
        return true;
    }
}
