// PropertyMap: the named-property storage of an object in dictionary mode — an insertion-ordered hash
// table private to one object, mutable in place. Deleted entries leave a tombstone until compaction so
// that enumeration order stays insertion order.
namespace Oden.Runtime;

internal sealed class PropertyMap
{
    internal struct Entry
    {
        public PropertyKey Key;
        public JsValue Value;
        public PropertyFlags Flags;
        public bool Deleted;
    }

    private Entry[] _entries;
    private int _count;      // entries used, including tombstones
    private int _live;
    private readonly Dictionary<PropertyKey, int> _index;

    public PropertyMap(int capacity)
    {
        _entries = new Entry[Math.Max(capacity, 4)];
        _index = new Dictionary<PropertyKey, int>(capacity);
    }

    public int Count => _live;

    public bool TryGet(in PropertyKey key, out int entry)
    {
        return _index.TryGetValue(key, out entry);
    }

    public ref Entry this[int entry] => ref _entries[entry];

    public void Add(in PropertyKey key, JsValue value, PropertyFlags flags)
    {
        if (_count == _entries.Length)
        {
            if (_live < _count / 2)
            {
                Compact();
            }

            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }
        }

        _entries[_count] = new Entry { Key = key, Value = value, Flags = flags };
        _index[key] = _count;
        _count++;
        _live++;
    }

    public void Remove(in PropertyKey key)
    {
        if (_index.Remove(key, out int e))
        {
            _entries[e] = new Entry { Deleted = true };
            _live--;
        }
    }

    private void Compact()
    {
        int j = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Deleted) continue;
            _entries[j] = _entries[i];
            _index[_entries[j].Key] = j;
            j++;
        }

        Array.Clear(_entries, j, _count - j);
        _count = j;
    }

    public IEnumerable<int> LiveEntries()
    {
        for (int i = 0; i < _count; i++)
        {
            if (!_entries[i].Deleted) yield return i;
        }
    }

    /// <summary>Appends live keys in insertion order.</summary>
    public void CollectKeys(List<PropertyKey> keys, bool symbols)
    {
        for (int i = 0; i < _count; i++)
        {
            ref Entry e = ref _entries[i];
            if (!e.Deleted && e.Key.IsSymbol == symbols) keys.Add(e.Key);
        }
    }
}

/// <summary>Array-index-keyed own properties of a non-array object, enumerated in ascending order.</summary>
internal sealed class ElementMap
{
    private readonly SortedDictionary<uint, (JsValue Value, PropertyFlags Flags)> _items = new();

    public int Count => _items.Count;

    public bool TryGet(uint index, out JsValue value, out PropertyFlags flags)
    {
        if (_items.TryGetValue(index, out var item))
        {
            value = item.Value;
            flags = item.Flags;
            return true;
        }

        value = default;
        flags = 0;
        return false;
    }

    public void Set(uint index, JsValue value, PropertyFlags flags) => _items[index] = (value, flags);

    public bool Remove(uint index) => _items.Remove(index);

    public IEnumerable<uint> Keys => _items.Keys;

    public IEnumerable<KeyValuePair<uint, (JsValue Value, PropertyFlags Flags)>> Items => _items;
}
