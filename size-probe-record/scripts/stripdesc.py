import sys
sys.path.insert(0,'/tmp/sz'); from wasmsize import leb
def wleb(n):
    o=bytearray()
    while True:
        x=n&0x7f; n>>=7
        if n: o.append(x|0x80)
        else: o.append(x); return bytes(o)
b=open(sys.argv[1],'rb').read(); out=bytearray(b[:8]); i=8
while i<len(b):
    sid=b[i]; s,j=leb(b,i+1); e=j+s
    if sid==0:
        l,k=leb(b,j)
        if b[k:k+l]==b'name': out+=b[i:e]
        i=e; continue
    if sid==7:
        n,k=leb(b,j); keep=[]
        for _ in range(n):
            st=k; l,k=leb(b,k); nm=b[k:k+l]; k+=l; k+=1; _,k=leb(b,k)
            if not nm.startswith(b'__wbindgen_describe') and not nm.startswith(b'__wbindgen_describe_closure'): keep.append(b[st:k])
        body=wleb(len(keep))+b''.join(keep)
        out+=bytes([7])+wleb(len(body))+body
    else: out+=b[i:e]
    i=e
open(sys.argv[2],'wb').write(out)
