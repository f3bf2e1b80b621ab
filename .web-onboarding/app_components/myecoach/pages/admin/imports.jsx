
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useContext,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import LucideFileUp from "lucide-react/dist/esm/icons/file-up.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {UploadFilesContext,addEvents} from "$/utils/context"
import {} from "react-dropzone"
import {useDropzone} from "react-dropzone"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_302ad79c = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_302ad79c = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_302ad79c.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_302ad79c;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_302ad79c.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_302ad79c;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_302ad79c = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_302ad79c = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_302ad79c.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_302ad79c;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_302ad79c = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_302ad79c = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_302ad79c.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_302ad79c;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_302ad79c.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_302ad79c;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_302ad79c = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_302ad79c = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_302ad79c.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_302ad79c;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_302ad79c = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_302ad79c = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_302ad79c.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_302ad79c;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_302ad79c = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_302ad79c = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_302ad79c.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_302ad79c;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_302ad79c = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_302ad79c.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_302ad79c;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_302ad79c = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_302ad79c = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_302ad79c.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_302ad79c;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_302ad79c = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_302ad79c.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_302ad79c;
})();

export const Bare_comp_20e127982584f6e13b10a33bf04fed0a_302ad79c = /*#__PURE__*/ (() => {
const Bare_comp_20e127982584f6e13b10a33bf04fed0a_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_ ? "Not found" : "Import")
    )
});
Bare_comp_20e127982584f6e13b10a33bf04fed0a_302ad79c.displayName = "Bare";
return Bare_comp_20e127982584f6e13b10a33bf04fed0a_302ad79c;
})();

export const Upload_comp_3fe790aba45a6e017b344b7ec5d901bd_302ad79c = /*#__PURE__*/ (() => {
const Upload_comp_3fe790aba45a6e017b344b7ec5d901bd_302ad79c = memo(({children}) => {
    const ref_pairings_file = useRef(null); refs["ref_pairings_file"] = ref_pairings_file;
const [filesById, setFilesById] = useContext(UploadFilesContext);
const on_drop_434982f9bc1d1308c4c5f8678f846c3f = useCallback(((_ev_0) => ((e => setFilesById(filesById => {
    const updatedFilesById = Object.assign({}, filesById);
    updatedFilesById["pairings-file"] = e;
    return updatedFilesById;
  })
    )(_ev_0))), [addEvents, ReflexEvent, filesById, setFilesById])
const on_drop_rejected_2fcedbdc0771e7617b4270e2d1ac8cc9 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["error"]("", ({ ["title"] : "Files not Accepted", ["description"] : _ev_0.map(((osizayzf) => (osizayzf?.["file"]?.["path"]+": "+osizayzf?.["errors"].map(((wnkiegyk) => wnkiegyk?.["message"])).join(", ")))).join("\n\n"), ["closeButton"] : true, ["style"] : ({ ["whiteSpace"] : "pre-line" }) })))), ["callback"] : null }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: xdvxrcsn, getInputProps: udaxihhe, isDragActive: bacghqta} = useDropzone(({ ["accept"] : ({ ["text/csv"] : [".csv"], ["text/plain"] : [".csv", ".txt"] }), ["maxFiles"] : 1, ["multiple"] : true, ["id"] : "pairings-file", ["onDrop"] : on_drop_434982f9bc1d1308c4c5f8678f846c3f, ["onDropRejected"] : on_drop_rejected_2fcedbdc0771e7617b4270e2d1ac8cc9 }));
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["border"] : "1px dashed var(--gray-a8)", ["borderRadius"] : "var(--radius-3)", ["padding"] : "1.5rem", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--accent-a2)" }) }),id:"pairings-file",ref:ref_pairings_file,...xdvxrcsn()},jsx("input",{type:"file",...udaxihhe()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"column",gap:"2"},jsx(LucideFileUp,{"aria-hidden":"true",size:22},),jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},(isTrue((filesById["pairings-file"] ? filesById["pairings-file"].map((f) => f.name) : [])) ? (filesById["pairings-file"] ? filesById["pairings-file"].map((f) => f.name) : [])?.at?.(0) : "Choose a CSV file, or drop it here")))))
    )
});
Upload_comp_3fe790aba45a6e017b344b7ec5d901bd_302ad79c.displayName = "Upload";
return Upload_comp_3fe790aba45a6e017b344b7ec5d901bd_302ad79c;
})();

export const Button_button_b4e2f8203aec6fe55aa2bb47eea5167f_302ad79c = /*#__PURE__*/ (() => {
const Button_button_b4e2f8203aec6fe55aa2bb47eea5167f_302ad79c = memo(({children, ...rest}) => {
    const [filesById, setFilesById] = useContext(UploadFilesContext);
const on_click_7ab10ceb9c1d863629d46df316dc88c0 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state.preview", ({ ["files"] : filesById?.["pairings-file"], ["upload_param_name"] : "files", ["upload_id"] : "pairings-file", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_e], ({  })))), [addEvents, ReflexEvent, filesById, setFilesById])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_7ab10ceb9c1d863629d46df316dc88c0, size:"3" }))},children)
    )
});
Button_button_b4e2f8203aec6fe55aa2bb47eea5167f_302ad79c.displayName = "Button";
return Button_button_b4e2f8203aec6fe55aa2bb47eea5167f_302ad79c;
})();

export const Bare_comp_2bcd86240d27e4b25d3d77c252a02156_302ad79c = /*#__PURE__*/ (() => {
const Bare_comp_2bcd86240d27e4b25d3d77c252a02156_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.file_name_rx_state_
    )
});
Bare_comp_2bcd86240d27e4b25d3d77c252a02156_302ad79c.displayName = "Bare";
return Bare_comp_2bcd86240d27e4b25d3d77c252a02156_302ad79c;
})();

export const Foreach_comp_fbf661dcb488ad98fd0807815c9dc6c8_302ad79c = /*#__PURE__*/ (() => {
const Foreach_comp_fbf661dcb488ad98fd0807815c9dc6c8_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.summary_rx_state_ ?? [],((line_rx_state_,index_c05b9415a6c79ee5cecf10655d7969cc)=>(jsx("li",{key:index_c05b9415a6c79ee5cecf10655d7969cc},line_rx_state_))))
    )
});
Foreach_comp_fbf661dcb488ad98fd0807815c9dc6c8_302ad79c.displayName = "Foreach";
return Foreach_comp_fbf661dcb488ad98fd0807815c9dc6c8_302ad79c;
})();

export const Foreach_comp_4e2d05d1f27208ffc7b2b2fe3573cf0b_302ad79c = /*#__PURE__*/ (() => {
const Foreach_comp_4e2d05d1f27208ffc7b2b2fe3573cf0b_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.bad_rows_rx_state_ ?? [],((bad_rx_state_,index_c76cedeb066f498e11b4310c776aeca0)=>(jsx(RadixThemesTable.Row,{key:index_c76cedeb066f498e11b4310c776aeca0},jsx(RadixThemesTable.RowHeaderCell,{},bad_rx_state_?.["line"]),jsx(RadixThemesTable.Cell,{},bad_rx_state_?.["reason"])))))
    )
});
Foreach_comp_4e2d05d1f27208ffc7b2b2fe3573cf0b_302ad79c.displayName = "Foreach";
return Foreach_comp_4e2d05d1f27208ffc7b2b2fe3573cf0b_302ad79c;
})();

export const Cond_comp_3ab256b048c5d83dbbc2fceccb533474_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_3ab256b048c5d83dbbc2fceccb533474_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.bad_rows_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3ab256b048c5d83dbbc2fceccb533474_302ad79c.displayName = "Cond";
return Cond_comp_3ab256b048c5d83dbbc2fceccb533474_302ad79c;
})();

export const Bare_comp_769c0302970e3f5258f86d9762d6d359_302ad79c = /*#__PURE__*/ (() => {
const Bare_comp_769c0302970e3f5258f86d9762d6d359_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.new_pairings_rx_state_
    )
});
Bare_comp_769c0302970e3f5258f86d9762d6d359_302ad79c.displayName = "Bare";
return Bare_comp_769c0302970e3f5258f86d9762d6d359_302ad79c;
})();

export const Button_button_c18f494c59bbfc5c4fdca436e8643338_302ad79c = /*#__PURE__*/ (() => {
const Button_button_c18f494c59bbfc5c4fdca436e8643338_302ad79c = memo(({children, ...rest}) => {
    const on_click_354c0eab388e71279d92a761061846bd = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state.apply", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.new_pairings_rx_state_?.valueOf?.() === 0?.valueOf?.()), onClick:on_click_354c0eab388e71279d92a761061846bd, size:"3" }))},children)
    )
});
Button_button_c18f494c59bbfc5c4fdca436e8643338_302ad79c.displayName = "Button";
return Button_button_c18f494c59bbfc5c4fdca436e8643338_302ad79c;
})();

export const Cond_comp_b0331ff0e152057f0f1b0f2b8315793a_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_b0331ff0e152057f0f1b0f2b8315793a_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___imports____import_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___imports____import_state.previewed_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b0331ff0e152057f0f1b0f2b8315793a_302ad79c.displayName = "Cond";
return Cond_comp_b0331ff0e152057f0f1b0f2b8315793a_302ad79c;
})();

export const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_91daef68a0be16bb48f4fd9923b794fd_302ad79c.displayName = "Cond";
return Cond_comp_91daef68a0be16bb48f4fd9923b794fd_302ad79c;
})();

export const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_302ad79c = /*#__PURE__*/ (() => {
const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_302ad79c = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_302ad79c.displayName = "Cond";
return Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_302ad79c;
})();
