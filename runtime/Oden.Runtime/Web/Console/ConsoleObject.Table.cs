// console.table(data, properties?) as node 20 prints it: a box-drawn table with an "(index)" column (or
// "(iteration index)" for Maps, Sets and their iterators), one column per property seen in the rows (or per
// name in `properties`), and a "Values" column for rows that are primitives. Cells are inspected with
// depth 0 (-1 for objects with more than two keys), at most three array elements and no line breaks, and
// left-aligned. Anything that is not an object is logged as console.log would.
using System.Text;

namespace Oden.Runtime.Builtins;

internal static partial class ConsoleObject
{
    private static readonly InspectOptions s_cellShallow = new() { Depth = 0, MaxArrayLength = 3, BreakLength = int.MaxValue };
    private static readonly InspectOptions s_cellShallower = new() { Depth = -1, MaxArrayLength = 3, BreakLength = int.MaxValue };

    [JsFunction("table")]
    private static JsValue Table(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsValue data = args.At(0);
        JsValue propertiesArg = args.At(1);
        List<JsValue>? properties = null;
        if (!propertiesArg.IsUndefined)
        {
            if (propertiesArg.TryGetObject is not JsObject list || !Operations.IsArray(list))
            {
                throw realm.TypeError("The \"properties\" argument must be an instance of Array");
            }

            properties = [];
            double length = Operations.LengthOfArrayLike(realm, list);
            for (double i = 0; i < length; i++) properties.Add(list.Get(PropertyKey.FromString(NumberFormatting.ToString(i))));
        }

        if (data.TryGetObject is not JsObject tabular) return Write(realm, ConsoleLevel.Log, args[..1]);

        if (tabular is JsMap or JsMapIterator or JsSet or JsSetIterator)
        {
            WriteLine(realm, ConsoleLevel.Log, IterationTable(realm, tabular));
            return default;
        }

        // One column per property name (index-like names first, as in an object's key order), filled sparsely.
        var columnNames = new List<string>();
        var columns = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var primitiveValues = new Dictionary<int, string>();
        var indexColumn = new List<string>();
        List<PropertyKey> rowKeys = JsonObject.EnumerableOwnStringKeys(tabular);
        for (int i = 0; i < rowKeys.Count; i++)
        {
            indexColumn.Add(rowKeys[i].Name);
            JsValue item = tabular.Get(rowKeys[i]);
            bool primitive = item.TryGetObject is not JsObject;
            if (properties is null && primitive)
            {
                primitiveValues[i] = InspectCell(realm, item);
                continue;
            }

            JsObject? row = item.TryGetObject;
            IEnumerable<string> keys = properties is not null
                ? properties.Select(p => Operations.ToPropertyKey(realm, p).ToString())
                : JsonObject.EnumerableOwnStringKeys(row!).Select(k => k.Name);
            foreach (string key in keys.ToList())
            {
                if (!columns.TryGetValue(key, out Dictionary<int, string>? column))
                {
                    column = [];
                    columns[key] = column;
                    columnNames.Add(key);
                }

                PropertyKey propertyKey = PropertyKey.FromString(key);
                column[i] = row is null || !row.GetOwnProperty(propertyKey, out _) ? "" : InspectCell(realm, row.Get(propertyKey));
            }
        }

        // The columns are the keys of a null-prototype object: array indices ascending, then insertion order.
        List<string> ordered = columnNames.Where(n => PropertyKey.TryParseIndex(n, out _)).OrderBy(n => uint.Parse(n, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(columnNames.Where(n => !PropertyKey.TryParseIndex(n, out _))).ToList();
        var head = new List<string> { "(index)" };
        var body = new List<Func<int, string?>> { j => j < indexColumn.Count ? indexColumn[j] : null };
        var lengths = new List<int> { indexColumn.Count };
        foreach (string name in ordered)
        {
            Dictionary<int, string> column = columns[name];
            head.Add(name);
            body.Add(j => column.TryGetValue(j, out string? cell) ? cell : null);
            lengths.Add(column.Count == 0 ? 0 : column.Keys.Max() + 1);
        }

        if (primitiveValues.Count > 0)
        {
            head.Add("Values");
            body.Add(j => primitiveValues.TryGetValue(j, out string? cell) ? cell : null);
            lengths.Add(primitiveValues.Keys.Max() + 1);
        }

        WriteLine(realm, ConsoleLevel.Log, RenderTable(head, body, lengths.Max()));
        return default;
    }

    /// <summary>Maps and Map entry iterators: (iteration index), Key, Values; Sets and other iterators: (iteration index), Values.</summary>
    private static string IterationTable(Realm realm, JsObject tabular)
    {
        List<JsValue> items;
        bool keyValue;
        switch (tabular)
        {
            case JsMap map:
                items = map.MapData.Collect(map.MapData.Start(), CollectionIterationKind.Entries, isSet: false);
                keyValue = true;
                break;
            case JsMapIterator mapIterator:
                items = mapIterator.Preview(out keyValue);
                break;
            case JsSetIterator setIterator:
                items = setIterator.Preview(out _);
                keyValue = false;
                break;
            default:
                var set = (JsSet)tabular;
                items = set.SetData.Collect(set.SetData.Start(), CollectionIterationKind.Values, isSet: true);
                keyValue = false;
                break;
        }

        int rows = keyValue ? items.Count / 2 : items.Count;
        var index = new List<string>(rows);
        for (int i = 0; i < rows; i++) index.Add(NumberFormatting.ToString(i));
        if (keyValue)
        {
            return RenderTable(
                ["(iteration index)", "Key", "Values"],
                [j => index[j], j => InspectCell(realm, items[2 * j]), j => InspectCell(realm, items[2 * j + 1])],
                rows);
        }

        return RenderTable(["(iteration index)", "Values"], [j => index[j], j => InspectCell(realm, items[j])], rows);
    }

    private static string InspectCell(Realm realm, JsValue value)
    {
        bool wide = value.TryGetObject is JsObject o && !Operations.IsArray(o) && JsonObject.EnumerableOwnStringKeys(o).Count > 2;
        return Inspector.Inspect(realm, value, wide ? s_cellShallower : s_cellShallow);
    }

    /// <summary>node's cli_table: widths from the header and every cell, a missing cell is empty, cells left-aligned.</summary>
    private static string RenderTable(List<string> head, List<Func<int, string?>> columns, int rowCount)
    {
        var cells = new string[rowCount, head.Count];
        var widths = new int[head.Count];
        for (int i = 0; i < head.Count; i++)
        {
            widths[i] = DisplayWidth(head[i]);
            for (int j = 0; j < rowCount; j++)
            {
                string cell = columns[i](j) ?? "";
                cells[j, i] = cell;
                widths[i] = Math.Max(widths[i], DisplayWidth(cell));
            }
        }

        var sb = new StringBuilder();
        AppendDivider(sb, widths, '┌', '┬', '┐');
        AppendRow(sb, widths, i => head[i]);
        AppendDivider(sb, widths, '├', '┼', '┤');
        for (int j = 0; j < rowCount; j++) AppendRow(sb, widths, i => cells[j, i]);
        AppendDivider(sb, widths, '└', '┴', '┘');
        sb.Length--; // no newline after the bottom line
        return sb.ToString();
    }

    private static void AppendDivider(StringBuilder sb, int[] widths, char left, char middle, char right)
    {
        sb.Append(left);
        for (int i = 0; i < widths.Length; i++)
        {
            if (i > 0) sb.Append(middle);
            sb.Append('─', widths[i] + 2);
        }

        sb.Append(right).Append('\n');
    }

    private static void AppendRow(StringBuilder sb, int[] widths, Func<int, string> cell)
    {
        sb.Append("│ ");
        for (int i = 0; i < widths.Length; i++)
        {
            if (i > 0) sb.Append(" │ ");
            string text = cell(i);
            sb.Append(text).Append(' ', widths[i] - DisplayWidth(text));
        }

        sb.Append(" │\n");
    }

    /// <summary>
    /// The columns a string takes in a terminal (node's getStringWidth): combining and format characters
    /// take none, East Asian wide and fullwidth characters (and emoji) two, everything else one.
    /// </summary>
    private static int DisplayWidth(string text)
    {
        int width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            System.Globalization.UnicodeCategory category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.Format || cp is 0x200B or < 0x20 or (>= 0x7F and < 0xA0))
            {
                continue;
            }

            width += IsFullWidth(cp) ? 2 : 1;
        }

        return width;
    }

    private static bool IsFullWidth(int cp) =>
        cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
            || (cp >= 0x2E80 && cp <= 0x3247 && cp != 0x303F) || (cp >= 0x3250 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0xA4C6) || (cp >= 0xA960 && cp <= 0xA97C) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6B)
            || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1B000 && cp <= 0x1B001)
            || (cp >= 0x1F200 && cp <= 0x1F251) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x3FFFD));
}
