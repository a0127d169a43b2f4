// The barcode reader for browsers without BarcodeDetector (Firefox, desktop Linux, older phones): ZXing compiled to
// WebAssembly, served from our own /assets (never a CDN), fetched only when a member of staff starts the camera.
import { BarcodeDetector, setZXingModuleOverrides } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm';

setZXingModuleOverrides({
  locateFile: (path, prefix) => (path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path),
});

export { BarcodeDetector };
