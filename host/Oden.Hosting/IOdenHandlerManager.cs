// The handlers of an app (one per UseOden call), for hosts that push code instead of watching files.
namespace Oden.Hosting;

/// <summary>Finds the app's Oden handlers to reload them.</summary>
public interface IOdenHandlerManager
{
    /// <summary>Every handler, in the order UseOden created them.</summary>
    IReadOnlyList<IOdenHandler> Handlers { get; }

    /// <summary>The handler with this name (default: the script's file name); with no name, the only/first one.</summary>
    IOdenHandler GetHandler(string? name = null);
}

internal sealed class OdenHandlerManager : IOdenHandlerManager, IDisposable
{
    private readonly List<OdenHandler> _handlers = new();
    private readonly object _lock = new();

    public IReadOnlyList<IOdenHandler> Handlers
    {
        get
        {
            lock (_lock) return _handlers.ToArray();
        }
    }

    internal IReadOnlyList<OdenHandler> All
    {
        get
        {
            lock (_lock) return _handlers.ToArray();
        }
    }

    public IOdenHandler GetHandler(string? name = null)
    {
        lock (_lock)
        {
            if (name is null)
            {
                return _handlers.Count > 0 ? _handlers[0] : throw new InvalidOperationException("No Oden handler exists: call app.UseOden(...) first.");
            }

            return _handlers.FirstOrDefault(h => h.Name == name)
                ?? throw new InvalidOperationException($"No Oden handler is named '{name}' (known: {string.Join(", ", _handlers.Select(h => h.Name))}). Set OdenOptions.Name to name one.");
        }
    }

    internal void Add(OdenHandler handler)
    {
        lock (_lock) _handlers.Add(handler);
    }

    public void Dispose()
    {
        foreach (OdenHandler h in All) h.Dispose();
    }
}
