const zlib=require('zlib'),fs=require('fs');
for (const f of process.argv.slice(2)) { const b=fs.readFileSync(f); const c=zlib.brotliCompressSync(b,{params:{[zlib.constants.BROTLI_PARAM_QUALITY]:11,[zlib.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}); console.log(`${b.length}\t${c.length}\t${f}`); }
