// The web API intrinsics (Fetch, Streams, URL, Encoding, Abort) and their global bindings: a part of
// Intrinsics (see Execution/Intrinsics.cs). Each pair is created on first touch, like the builtins.
using Oden.Runtime.Builtins;
using Oden.Runtime.Web;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _headersPrototype;
    private JsFunction? _headersConstructor;
    private JsObject? _headersIteratorPrototype;

    public JsObject HeadersPrototype => _headersPrototype ?? InitPair(ref _headersPrototype, ref _headersConstructor,
        new JsObject(ObjectPrototype), Web.HeadersPrototype.DefineProperties, Web.HeadersPrototype.CreateConstructor, null).Prototype;

    public JsFunction HeadersConstructor => _headersConstructor ?? (HeadersPrototype is not null ? _headersConstructor! : null!);

    internal JsObject HeadersIteratorPrototype => _headersIteratorPrototype ??= CreateIteratorKind(Web.HeadersIteratorPrototype.DefineProperties);

    private JsObject? _textEncoderPrototype;
    private JsFunction? _textEncoderConstructor;
    private JsObject? _textDecoderPrototype;
    private JsFunction? _textDecoderConstructor;

    public JsObject TextEncoderPrototype => _textEncoderPrototype ?? InitPair(ref _textEncoderPrototype, ref _textEncoderConstructor,
        new JsObject(ObjectPrototype), Web.TextEncoderPrototype.DefineProperties, Web.TextEncoderPrototype.CreateConstructor, null).Prototype;

    public JsFunction TextEncoderConstructor => _textEncoderConstructor ?? (TextEncoderPrototype is not null ? _textEncoderConstructor! : null!);

    public JsObject TextDecoderPrototype => _textDecoderPrototype ?? InitPair(ref _textDecoderPrototype, ref _textDecoderConstructor,
        new JsObject(ObjectPrototype), Web.TextDecoderPrototype.DefineProperties, Web.TextDecoderPrototype.CreateConstructor, null).Prototype;

    public JsFunction TextDecoderConstructor => _textDecoderConstructor ?? (TextDecoderPrototype is not null ? _textDecoderConstructor! : null!);

    // Streams

    private JsObject? _readableStreamPrototype;
    private JsFunction? _readableStreamConstructor;
    private JsObject? _readerPrototype;
    private JsFunction? _readerConstructor;
    private JsObject? _controllerPrototype;
    private JsFunction? _controllerConstructor;
    private JsObject? _streamAsyncIteratorPrototype;
    private JsObject? _countStrategyPrototype;
    private JsFunction? _countStrategyConstructor;
    private JsObject? _byteStrategyPrototype;
    private JsFunction? _byteStrategyConstructor;
    private JsFunction? _countStrategySize;
    private JsFunction? _byteStrategySize;

    public JsObject ReadableStreamPrototype => _readableStreamPrototype ?? InitPair(ref _readableStreamPrototype, ref _readableStreamConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.ReadableStreamPrototypeAttributes.DefineProperties(realm, proto); Web.ReadableStreamPrototype.DefineProperties(realm, proto); }, Web.ReadableStreamPrototype.CreateConstructor, null).Prototype;

    public JsFunction ReadableStreamConstructor => _readableStreamConstructor ?? (ReadableStreamPrototype is not null ? _readableStreamConstructor! : null!);

    public JsObject ReadableStreamDefaultReaderPrototype => _readerPrototype ?? InitPair(ref _readerPrototype, ref _readerConstructor,
        new JsObject(ObjectPrototype), Web.ReadableStreamDefaultReaderPrototype.DefineProperties, Web.ReadableStreamDefaultReaderPrototype.CreateConstructor, null).Prototype;

    public JsFunction ReadableStreamDefaultReaderConstructor => _readerConstructor ?? (ReadableStreamDefaultReaderPrototype is not null ? _readerConstructor! : null!);

    public JsObject ReadableStreamDefaultControllerPrototype => _controllerPrototype ?? InitPair(ref _controllerPrototype, ref _controllerConstructor,
        new JsObject(ObjectPrototype), Web.ReadableStreamDefaultControllerPrototype.DefineProperties, Web.ReadableStreamDefaultControllerPrototype.CreateConstructor, null).Prototype;

    public JsFunction ReadableStreamDefaultControllerConstructor => _controllerConstructor ?? (ReadableStreamDefaultControllerPrototype is not null ? _controllerConstructor! : null!);

    /// <summary>%ReadableStreamAsyncIteratorPrototype%, whose [[Prototype]] is %AsyncIteratorPrototype%.</summary>
    internal JsObject ReadableStreamAsyncIteratorPrototype
    {
        get
        {
            if (_streamAsyncIteratorPrototype is null)
            {
                _streamAsyncIteratorPrototype = new JsObject(AsyncIteratorPrototype);
                Web.ReadableStreamAsyncIteratorPrototype.DefineProperties(_realm, _streamAsyncIteratorPrototype);
            }

            return _streamAsyncIteratorPrototype;
        }
    }

    public JsObject CountQueuingStrategyPrototype => _countStrategyPrototype ?? InitPair(ref _countStrategyPrototype, ref _countStrategyConstructor,
        new JsObject(ObjectPrototype), Web.CountQueuingStrategyPrototype.DefineProperties, Web.CountQueuingStrategyPrototype.CreateConstructor, null).Prototype;

    public JsFunction CountQueuingStrategyConstructor => _countStrategyConstructor ?? (CountQueuingStrategyPrototype is not null ? _countStrategyConstructor! : null!);

    public JsObject ByteLengthQueuingStrategyPrototype => _byteStrategyPrototype ?? InitPair(ref _byteStrategyPrototype, ref _byteStrategyConstructor,
        new JsObject(ObjectPrototype), Web.ByteLengthQueuingStrategyPrototype.DefineProperties, Web.ByteLengthQueuingStrategyPrototype.CreateConstructor, null).Prototype;

    public JsFunction ByteLengthQueuingStrategyConstructor => _byteStrategyConstructor ?? (ByteLengthQueuingStrategyPrototype is not null ? _byteStrategyConstructor! : null!);

    /// <summary>The one size function every CountQueuingStrategy returns (the same object each time, as in the spec).</summary>
    internal JsFunction CountQueuingStrategySize => _countStrategySize ??= new JsBuiltinFunction(_realm, "size", 0, &Web.CountQueuingStrategyPrototype.SizeFunction);

    internal JsFunction ByteLengthQueuingStrategySize => _byteStrategySize ??= new JsBuiltinFunction(_realm, "size", 1, &Web.ByteLengthQueuingStrategyPrototype.SizeFunction);

    [JsGlobal("Headers")] private JsValue HeadersBinding => HeadersConstructor;
    [JsGlobal("TextEncoder")] private JsValue TextEncoderBinding => TextEncoderConstructor;
    [JsGlobal("TextDecoder")] private JsValue TextDecoderBinding => TextDecoderConstructor;
    [JsGlobal("ReadableStream")] private JsValue ReadableStreamBinding => ReadableStreamConstructor;
    [JsGlobal("ReadableStreamDefaultReader")] private JsValue ReadableStreamDefaultReaderBinding => ReadableStreamDefaultReaderConstructor;
    [JsGlobal("ReadableStreamDefaultController")] private JsValue ReadableStreamDefaultControllerBinding => ReadableStreamDefaultControllerConstructor;
    [JsGlobal("CountQueuingStrategy")] private JsValue CountQueuingStrategyBinding => CountQueuingStrategyConstructor;
    [JsGlobal("ByteLengthQueuingStrategy")] private JsValue ByteLengthQueuingStrategyBinding => ByteLengthQueuingStrategyConstructor;

    // URL

    private JsObject? _urlPrototype;
    private JsFunction? _urlConstructor;
    private JsObject? _urlSearchParamsPrototype;
    private JsFunction? _urlSearchParamsConstructor;
    private JsObject? _urlSearchParamsIteratorPrototype;

    public JsObject UrlPrototype => _urlPrototype ?? InitPair(ref _urlPrototype, ref _urlConstructor,
        new JsObject(ObjectPrototype), Web.UrlPrototype.DefineProperties, Web.UrlPrototype.CreateConstructor, Web.UrlConstructor.DefineProperties).Prototype;

    public JsFunction UrlConstructor => _urlConstructor ?? (UrlPrototype is not null ? _urlConstructor! : null!);

    public JsObject UrlSearchParamsPrototype => _urlSearchParamsPrototype ?? InitPair(ref _urlSearchParamsPrototype, ref _urlSearchParamsConstructor,
        new JsObject(ObjectPrototype), Web.UrlSearchParamsPrototype.DefineProperties, Web.UrlSearchParamsPrototype.CreateConstructor, null).Prototype;

    public JsFunction UrlSearchParamsConstructor => _urlSearchParamsConstructor ?? (UrlSearchParamsPrototype is not null ? _urlSearchParamsConstructor! : null!);

    internal JsObject UrlSearchParamsIteratorPrototype => _urlSearchParamsIteratorPrototype ??= CreateIteratorKind(Web.UrlSearchParamsIteratorPrototype.DefineProperties);

    [JsGlobal("URL")] private JsValue UrlBinding => UrlConstructor;
    [JsGlobal("URLSearchParams")] private JsValue UrlSearchParamsBinding => UrlSearchParamsConstructor;

    // Abort and DOMException

    private JsObject? _abortControllerPrototype;
    private JsFunction? _abortControllerConstructor;
    private JsObject? _abortSignalPrototype;
    private JsFunction? _abortSignalConstructor;
    private JsObject? _domExceptionPrototype;
    private JsFunction? _domExceptionConstructor;

    public JsObject AbortControllerPrototype => _abortControllerPrototype ?? InitPair(ref _abortControllerPrototype, ref _abortControllerConstructor,
        new JsObject(ObjectPrototype), Web.AbortControllerPrototype.DefineProperties, Web.AbortControllerPrototype.CreateConstructor, null).Prototype;

    public JsFunction AbortControllerConstructor => _abortControllerConstructor ?? (AbortControllerPrototype is not null ? _abortControllerConstructor! : null!);

    public JsObject AbortSignalPrototype => _abortSignalPrototype ?? InitPair(ref _abortSignalPrototype, ref _abortSignalConstructor,
        new JsObject(ObjectPrototype), Web.AbortSignalPrototype.DefineProperties, Web.AbortSignalConstructor.CreateConstructor, Web.AbortSignalConstructor.DefineProperties).Prototype;

    public JsFunction AbortSignalConstructor => _abortSignalConstructor ?? (AbortSignalPrototype is not null ? _abortSignalConstructor! : null!);

    /// <summary>%DOMException.prototype%, whose [[Prototype]] is %Error.prototype%.</summary>
    public JsObject DomExceptionPrototype => _domExceptionPrototype ?? InitPair(ref _domExceptionPrototype, ref _domExceptionConstructor,
        new JsObject(GetErrorPrototype(ErrorKind.Error)), Web.DomExceptionPrototype.DefineProperties, Web.DomExceptionPrototype.CreateConstructor, null).Prototype;

    public JsFunction DomExceptionConstructor => _domExceptionConstructor ?? (DomExceptionPrototype is not null ? _domExceptionConstructor! : null!);

    [JsGlobal("AbortController")] private JsValue AbortControllerBinding => AbortControllerConstructor;
    [JsGlobal("AbortSignal")] private JsValue AbortSignalBinding => AbortSignalConstructor;
    [JsGlobal("DOMException")] private JsValue DomExceptionBinding => DomExceptionConstructor;

    // Fetch

    private JsObject? _requestPrototype;
    private JsFunction? _requestConstructor;
    private JsObject? _responsePrototype;
    private JsFunction? _responseConstructor;
    private JsFunction? _fetch;

    public JsObject RequestPrototype => _requestPrototype ?? InitPair(ref _requestPrototype, ref _requestConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.RequestPrototype.DefineProperties(realm, proto); Web.RequestPrototypeMethods.DefineProperties(realm, proto); }, Web.RequestPrototype.CreateConstructor, null).Prototype;

    public JsFunction RequestConstructor => _requestConstructor ?? (RequestPrototype is not null ? _requestConstructor! : null!);

    public JsObject ResponsePrototype => _responsePrototype ?? InitPair(ref _responsePrototype, ref _responseConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.ResponsePrototype.DefineProperties(realm, proto); Web.ResponsePrototypeMethods.DefineProperties(realm, proto); }, Web.ResponsePrototype.CreateConstructor, Web.ResponseConstructor.DefineProperties).Prototype;

    public JsFunction ResponseConstructor => _responseConstructor ?? (ResponsePrototype is not null ? _responseConstructor! : null!);

    /// <summary>%fetch%: governed by Realm.Fetch (a TypeError while the policy is disabled).</summary>
    public JsFunction FetchFunction => _fetch ??= new JsBuiltinFunction(_realm, "fetch", 1, &Web.FetchFunction.Fetch);

    [JsGlobal("Request")] private JsValue RequestBinding => RequestConstructor;
    [JsGlobal("Response")] private JsValue ResponseBinding => ResponseConstructor;
    [JsGlobal("fetch")] private JsValue FetchBinding => FetchFunction;
}
