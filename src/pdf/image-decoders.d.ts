// pdfjs-dist ships its standalone image decoders (JBIG2, JPEG, JPEG 2000) without types; page-images.ts
// describes the two classes it uses (ImageDecoders).
declare module 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';
