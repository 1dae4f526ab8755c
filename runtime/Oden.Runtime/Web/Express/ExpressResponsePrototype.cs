// %ExpressResponse.prototype%: Express's res methods (status, sendStatus, set/header, append, get, type,
// json, send, end, write, redirect, location, cookie, clearCookie, vary) with Express 5's rules, plus
// node's statusCode, headersSent, setHeader/getHeader/removeHeader. Chainable methods return res.
using System.Globalization;
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static partial class ExpressResponsePrototype
{
    private static JsExpressResponse ThisResponse(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref as JsExpressResponse ?? throw realm.TypeError($"res.{method} called on an object that is not a response");

    [JsGetter("statusCode")]
    private static JsValue GetStatusCode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisResponse(realm, thisValue, "statusCode").StatusCode;

    [JsSetter("statusCode")]
    private static JsValue SetStatusCode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisResponse(realm, thisValue, "statusCode").StatusCode = ValidStatus(realm, args.At(0));
        return default;
    }

    [JsGetter("headersSent")]
    private static JsValue GetHeadersSent(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisResponse(realm, thisValue, "headersSent").Started;

    private static int ValidStatus(Realm realm, JsValue value)
    {
        // Express 5: an integer from 100 to 999, else a RangeError (a TypeError for non-integers).
        double d = value.IsNumber ? value.AsNumber : double.NaN;
        if (double.IsNaN(d) || d != Math.Floor(d)) throw realm.TypeError($"Invalid status code: {Operations.DescribeForError(realm, value)}. Status code must be an integer.");
        if (d < 100 || d > 999) throw realm.RangeError($"Invalid status code: {d.ToString(CultureInfo.InvariantCulture)}. Status code must be greater than 99 and less than 1000.");
        return (int)d;
    }

    [JsFunction("status", Length = 1)]
    private static JsValue Status(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ThisResponse(realm, thisValue, "status").StatusCode = ValidStatus(realm, args.At(0));
        return thisValue;
    }

    [JsFunction("sendStatus", Length = 1)]
    private static JsValue SendStatus(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "sendStatus");
        res.StatusCode = ValidStatus(realm, args.At(0));
        res.SetHeader("Content-Type", "text/plain; charset=utf-8");
        res.Finish(Encoding.UTF8.GetBytes(HttpText.StatusMessage(res.StatusCode)));
        return thisValue;
    }

    /// <summary>res.set(field, value) / res.set({ field: value }) / res.header: replaces; an array sets several values.</summary>
    [JsFunction("set", Length = 2, Alias = "header")]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "set");
        if (args.Length == 1 && args[0].TryGetObject is JsObject fields and not JsArray)
        {
            foreach (PropertyKey key in fields.OwnPropertyKeys())
            {
                if (key.IsSymbol) continue;
                if (fields.GetOwnProperty(key, out PropertyDescriptor d) && d.Enumerable) SetField(realm, res, key.Name, fields.Get(key));
            }
        }
        else
        {
            SetField(realm, res, Operations.ToString(realm, args.At(0)), args.At(1));
        }

        return thisValue;
    }

    private static void SetField(Realm realm, JsExpressResponse res, string name, JsValue value)
    {
        res.ThrowIfStarted("set headers");
        List<string> values = ValuesOf(realm, value);
        if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            if (values.Count != 1) throw realm.TypeError("Content-Type cannot be set to an Array");
            values[0] = values[0].Contains('/') ? (values[0].Contains("charset", StringComparison.OrdinalIgnoreCase) ? values[0] : HttpText.ContentTypeOf(values[0])) : HttpText.ContentTypeOf(values[0]);
        }

        res.RemoveHeader(name);
        foreach (string v in values) res.AppendHeader(name, v);
    }

    [JsFunction("append", Length = 2)]
    private static JsValue Append(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "append");
        res.ThrowIfStarted("set headers");
        string name = Operations.ToString(realm, args.At(0));
        foreach (string v in ValuesOf(realm, args.At(1))) res.AppendHeader(name, v);
        return thisValue;
    }

    /// <summary>res.get(field): the value, or an array when the header has several (node's getHeader).</summary>
    [JsFunction("get", Length = 1, Alias = "getHeader")]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "get");
        List<string> values = res.GetHeaderValues(Operations.ToString(realm, args.At(0)));
        return values.Count switch
        {
            0 => JsValue.Undefined,
            1 when !string.Equals(Operations.ToString(realm, args.At(0)), "set-cookie", StringComparison.OrdinalIgnoreCase) => values[0],
            _ => Operations.CreateArrayFromList(realm, values.Select(v => (JsValue)v).ToArray()),
        };
    }

    [JsFunction("setHeader", Length = 2)]
    private static JsValue SetHeader(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "setHeader");
        res.ThrowIfStarted("set headers");
        string name = Operations.ToString(realm, args.At(0));
        res.RemoveHeader(name);
        foreach (string v in ValuesOf(realm, args.At(1))) res.AppendHeader(name, v);
        return thisValue;
    }

    [JsFunction("removeHeader", Length = 1)]
    private static JsValue RemoveHeader(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "removeHeader");
        res.ThrowIfStarted("remove headers");
        res.RemoveHeader(Operations.ToString(realm, args.At(0)));
        return default;
    }

    /// <summary>res.type(t) / res.contentType(t): Content-Type from a type or an extension.</summary>
    [JsFunction("type", Length = 1, Alias = "contentType")]
    private static JsValue Type(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "type");
        res.ThrowIfStarted("set headers");
        string type = Operations.ToString(realm, args.At(0));
        res.SetHeader("Content-Type", type.Contains('/') ? type : HttpText.ContentTypeOf(type));
        return thisValue;
    }

    [JsFunction("json", Length = 1)]
    private static JsValue Json(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "json");
        SendJson(realm, res, args.At(0));
        return thisValue;
    }

    private static void SendJson(Realm realm, JsExpressResponse res, JsValue value)
    {
        byte[] body = new JsonStringifier(realm).StringifyToUtf8(value) ?? [];
        if (res.GetHeader("Content-Type") is null) res.SetHeader("Content-Type", "application/json; charset=utf-8");
        res.Finish(body);
    }

    /// <summary>
    /// res.send(body): a string (text/html unless a type was set; charset utf-8), bytes (application/octet-stream
    /// unless set), anything else as JSON; undefined or null sends an empty body.
    /// </summary>
    [JsFunction("send", Length = 1)]
    private static JsValue Send(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "send");
        JsValue body = args.At(0);
        if (body.IsUndefined || body.IsNull)
        {
            res.Finish(ReadOnlyMemory<byte>.Empty);
        }
        else if (body.IsString)
        {
            string? type = res.GetHeader("Content-Type");
            res.SetHeader("Content-Type", type is null ? "text/html; charset=utf-8" : HttpText.SetCharset(type, "utf-8"));
            res.Finish(Encoding.UTF8.GetBytes(Operations.ToString(realm, body)));
        }
        else if (JsExpressResponse.BytesOf(realm, body) is { } bytes)
        {
            if (res.GetHeader("Content-Type") is null) res.SetHeader("Content-Type", "application/octet-stream");
            res.Finish(bytes);
        }
        else
        {
            SendJson(realm, res, body);
        }

        return thisValue;
    }

    /// <summary>res.end([data][, callback]): ends the response; data (a string or bytes) is its last chunk; the callback runs on 'finish'. No Content-Type is set.</summary>
    [JsFunction("end")]
    private static JsValue End(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "end");
        JsValue data = args.At(0);
        byte[] bytes = data.IsUndefined || data.IsNull || data._ref is JsFunction ? [] : JsExpressResponse.BytesOf(realm, data) ?? Encoding.UTF8.GetBytes(Operations.ToString(realm, data));
        if (res.Finished) return thisValue; // node: a second end() does nothing
        if (LastCallback(args) is { } callback) res.OnceFinished(callback);
        res.Finish(bytes);
        return thisValue;
    }

    /// <summary>The callback of write(chunk[, encoding][, callback]) / end([data][, encoding][, callback]).</summary>
    private static JsFunction? LastCallback(ReadOnlySpan<JsValue> args)
    {
        for (int i = Math.Min(args.Length, 3) - 1; i >= 0; i--)
        {
            if (args[i]._ref is JsFunction f) return f;
        }

        return null;
    }

    /// <summary>res.write(chunk): streams; the status and headers go out with the first chunk. False: wait for 'drain'.</summary>
    [JsFunction("write", Length = 1)]
    private static JsValue Write(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "write");
        JsValue data = args.At(0);
        byte[] bytes = JsExpressResponse.BytesOf(realm, data)
            ?? throw realm.TypeError("The \"chunk\" argument of res.write must be a string, an ArrayBuffer or a typed array. Received " + Operations.DescribeForError(realm, data));
        bool ok = res.Write(bytes);
        if (args.Length > 1 && LastCallback(args[1..]) is { } callback) res.AfterFlushed(callback);
        return ok;
    }

    /// <summary>res.location(url): sets Location ("back" means the Referer, or "/").</summary>
    [JsFunction("location", Length = 1)]
    private static JsValue Location(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "location");
        res.ThrowIfStarted("set headers");
        res.SetHeader("Location", LocationOf(realm, res, Operations.ToString(realm, args.At(0))));
        return thisValue;
    }

    private static string LocationOf(Realm realm, JsExpressResponse res, string url)
    {
        if (url == "back")
        {
            foreach (var (n, v) in res.Exchange.RequestHeaders)
            {
                if (string.Equals(n, "referer", StringComparison.OrdinalIgnoreCase) || string.Equals(n, "referrer", StringComparison.OrdinalIgnoreCase)) return HttpText.EncodeUrl(v);
            }

            return "/";
        }

        return HttpText.EncodeUrl(url);
    }

    /// <summary>res.redirect([status,] url): Location, 302 by default, and a short text body.</summary>
    [JsFunction("redirect", Length = 2)]
    private static JsValue Redirect(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "redirect");
        int status = 302;
        JsValue url = args.At(0);
        if (args.Length > 1)
        {
            status = ValidStatus(realm, args[0]);
            url = args[1];
        }

        string location = LocationOf(realm, res, Operations.ToString(realm, url));
        res.StatusCode = status;
        res.SetHeader("Location", location);
        res.SetHeader("Content-Type", "text/plain; charset=utf-8");
        string body = res.Exchange.Method == "HEAD" ? "" : $"{HttpText.StatusMessage(status)}. Redirecting to {location}";
        res.Finish(Encoding.UTF8.GetBytes(body));
        return default;
    }

    /// <summary>res.cookie(name, value[, options]): a Set-Cookie header in the `cookie` package's format.</summary>
    [JsFunction("cookie", Length = 2)]
    private static JsValue Cookie(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "cookie");
        res.ThrowIfStarted("set headers");
        string name = Operations.ToString(realm, args.At(0));
        JsValue value = args.At(1);
        string text = value.TryGetObject is not null
            ? "j:" + (new JsonStringifier(realm).Stringify(value, JsValue.Undefined, JsValue.Undefined) ?? "")
            : Operations.ToString(realm, value);
        res.AppendHeader("Set-Cookie", SerializeCookie(realm, name, text, args.At(2).TryGetObject, clear: false));
        return thisValue;
    }

    [JsFunction("clearCookie", Length = 1)]
    private static JsValue ClearCookie(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "clearCookie");
        res.ThrowIfStarted("set headers");
        res.AppendHeader("Set-Cookie", SerializeCookie(realm, Operations.ToString(realm, args.At(0)), "", args.At(1).TryGetObject, clear: true));
        return thisValue;
    }

    private static string SerializeCookie(Realm realm, string name, string value, JsObject? options, bool clear)
    {
        var sb = new StringBuilder();
        sb.Append(name).Append('=').Append(HttpText.EncodeComponent(value));
        JsValue Option(string key) => options is null ? JsValue.Undefined : options.Get(key);

        double? expires = null;
        JsValue maxAge = Option("maxAge");
        if (!clear && !maxAge.IsUndefined && !maxAge.IsNull)
        {
            double ms = Operations.ToNumber(realm, maxAge);
            if (!double.IsNaN(ms))
            {
                expires = realm.Clock.GetUtcNow().ToUnixTimeMilliseconds() + ms;
                sb.Append("; Max-Age=").Append(Math.Floor(ms / 1000).ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Option("domain") is { IsUndefined: false } domain) sb.Append("; Domain=").Append(Operations.ToString(realm, domain));
        JsValue path = Option("path");
        sb.Append("; Path=").Append(path.IsUndefined ? "/" : Operations.ToString(realm, path));
        if (clear)
        {
            expires = 0;
        }
        else if (expires is null && Option("expires").TryGetObject is JsDate date && !double.IsNaN(date.DateValue))
        {
            expires = date.DateValue;
        }

        if (expires is { } e)
        {
            sb.Append("; Expires=").Append(DateTimeOffset.FromUnixTimeMilliseconds((long)e).ToString("R", CultureInfo.InvariantCulture));
        }

        if (Operations.ToBoolean(Option("httpOnly"))) sb.Append("; HttpOnly");
        if (Operations.ToBoolean(Option("secure"))) sb.Append("; Secure");
        if (Operations.ToBoolean(Option("partitioned"))) sb.Append("; Partitioned");
        JsValue sameSite = Option("sameSite");
        if (sameSite.IsTrue) sb.Append("; SameSite=Strict");
        else if (sameSite.IsString)
        {
            string s = sameSite.AsString().ToLowerInvariant();
            sb.Append("; SameSite=").Append(s switch
            {
                "lax" => "Lax",
                "strict" => "Strict",
                "none" => "None",
                _ => throw realm.TypeError("option sameSite is invalid"),
            });
        }

        return sb.ToString();
    }

    /// <summary>res.vary(field): adds the field to Vary unless it is there already.</summary>
    [JsFunction("vary", Length = 1)]
    private static JsValue Vary(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "vary");
        res.ThrowIfStarted("set headers");
        string? current = res.GetHeader("Vary");
        var fields = (current ?? "").Split(',').Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        foreach (string field in ValuesOf(realm, args.At(0)).SelectMany(v => v.Split(',')).Select(f => f.Trim()).Where(f => f.Length > 0))
        {
            if (fields.Contains("*")) break;
            if (field == "*")
            {
                fields = ["*"];
                break;
            }

            if (!fields.Contains(field, StringComparer.OrdinalIgnoreCase)) fields.Add(field);
        }

        res.SetHeader("Vary", string.Join(", ", fields));
        return thisValue;
    }

    private static List<string> ValuesOf(Realm realm, JsValue value)
    {
        if (value.TryGetObject is JsArray array)
        {
            var list = new List<string>();
            double length = Operations.LengthOfArrayLike(realm, array);
            for (uint i = 0; i < length; i++) list.Add(Operations.ToString(realm, array.Get(PropertyKey.FromIndex(i))));
            return list;
        }

        return [Operations.ToString(realm, value)];
    }
}
